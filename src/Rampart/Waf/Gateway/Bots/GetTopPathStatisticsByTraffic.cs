using System.Globalization;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Gateway.Bots;

public sealed record GetTopPathStatisticsByTrafficRequest(
    string WebAclArn,
    string Scope,
    string? UriPathPrefix,
    SampledTimeWindow TimeWindow,
    string? BotCategory,
    string? BotOrganization,
    string? BotName,
    int Limit,
    int NumberOfTopTrafficBotsPerPath,
    string? NextMarker);

public sealed record FilterSource(string? BotCategory, string? BotOrganization, string? BotName);

public sealed record BotStatistics(string BotName, long RequestCount, double Percentage);

public sealed record PathStatistics(FilterSource? Source, string Path, long RequestCount, double Percentage, IReadOnlyList<BotStatistics> TopBots);

public sealed record GetTopPathStatisticsByTrafficResponse(
    IReadOnlyList<PathStatistics> PathStatistics,
    long TotalRequestCount,
    string? NextMarker,
    IReadOnlyList<PathStatistics>? TopCategories);

/// <summary>
/// The URI paths bots requested most through the gateways the web ACL protects, within a window of the last three
/// hours, with the bots behind each path. Without UriPathPrefix paths are grouped by their first segment ("/api/");
/// with it, the full paths under the prefix are listed. Bots are those <see cref="KnownBots"/> recognizes; the bot
/// filters narrow the traffic and are echoed as each entry's Source; without them TopCategories shows, per bot
/// category, the paths its bots requested.
/// </summary>
public sealed class GetTopPathStatisticsByTraffic(IStore store, StoreWebAclSource webAcls, GatewayContext gateways)
    : WafOperation<GetTopPathStatisticsByTrafficRequest, GetTopPathStatisticsByTrafficResponse>
{
    public override string Name => "GetTopPathStatisticsByTraffic";

    protected override OperationDeclaration<GetTopPathStatisticsByTrafficRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetTopPathStatisticsByTraffic",
        ReadOnly = true,
        Resources = (request, _) => [request.WebAclArn],
    };

    protected override async Task<GetTopPathStatisticsByTrafficResponse> HandleAsync(GetTopPathStatisticsByTrafficRequest request, CallContext call,
        CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(request.Scope, call);
        var offset = Offset(request.NextMarker);
        var webAcl = await new EntityStore(store, webAcls).GetByArnAsync(call, request.WebAclArn, EntityKind.WebAcl, cancellationToken);
        if (webAcl.Record.Scope != scope.Name)
        {
            throw WafErrors.Nonexistent();
        }
        var now = gateways.Time.GetUtcNow();
        var (start, end) = (request.TimeWindow.StartTime, request.TimeWindow.EndTime);
        if (end < start || start < now - BotTrafficStore.Retention || start > now)
        {
            throw WafErrors.InvalidParameter("TIME_WINDOW", $"{start:O} - {end:O}",
                "The time window must start within the previous three hours and end after it starts.");
        }

        var filter = new FilterSource(request.BotCategory, request.BotOrganization, request.BotName);
        var filtered = filter is { BotCategory: null, BotOrganization: null, BotName: null } ? null : filter;
        var traffic = gateways.BotTraffic.Counts(webAcl.Record.Arn, start, end)
            .Where(entry => Under(entry.Key.Path, request.UriPathPrefix) && Matches(entry.Key.Bot, filtered))
            .Select(entry => (Path: Group(entry.Key.Path, request.UriPathPrefix), entry.Key.Bot, Count: entry.Value))
            .ToList();
        var total = traffic.Sum(entry => entry.Count);

        var paths = Statistics(traffic, total, request.NumberOfTopTrafficBotsPerPath, filtered);
        var page = paths.Skip(offset).Take(request.Limit).ToList();
        var next = offset + page.Count < paths.Count ? WafMarker.Write((offset + page.Count).ToString(CultureInfo.InvariantCulture)) : null;
        IReadOnlyList<PathStatistics>? categories = filtered is null
            ? [.. traffic.GroupBy(entry => entry.Bot.Category, StringComparer.Ordinal)
                .SelectMany(category => Statistics([.. category], total, request.NumberOfTopTrafficBotsPerPath, new FilterSource(category.Key, null, null)))
                .OrderByDescending(entry => entry.RequestCount).ThenBy(entry => entry.Source!.BotCategory, StringComparer.Ordinal).ThenBy(entry => entry.Path, StringComparer.Ordinal)
                .Take(request.Limit)]
            : null;
        return new GetTopPathStatisticsByTrafficResponse(page, total, next, categories);
    }

    /// <summary>One entry per path, busiest first, each with its busiest bots.</summary>
    private static List<PathStatistics> Statistics(List<(string Path, KnownBot Bot, long Count)> traffic, long total, int botsPerPath, FilterSource? source) =>
        [.. traffic.GroupBy(entry => entry.Path, StringComparer.Ordinal)
            .Select(path =>
            {
                var count = path.Sum(entry => entry.Count);
                var bots = path.GroupBy(entry => entry.Bot.Name, StringComparer.Ordinal)
                    .Select(bot => (Name: bot.Key, Count: bot.Sum(entry => entry.Count)))
                    .OrderByDescending(bot => bot.Count).ThenBy(bot => bot.Name, StringComparer.Ordinal)
                    .Take(botsPerPath)
                    .Select(bot => new BotStatistics(bot.Name, bot.Count, Percent(bot.Count, count)));
                return new PathStatistics(source, path.Key, count, Percent(count, total), [.. bots]);
            })
            .OrderByDescending(entry => entry.RequestCount).ThenBy(entry => entry.Path, StringComparer.Ordinal)];

    private static bool Under(string path, string? prefix) => prefix is null || path.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>Without a prefix, a path counts under its first segment ("/api/v1/users" under "/api/"); with one,
    /// as itself.</summary>
    private static string Group(string path, string? prefix)
    {
        if (prefix is not null)
        {
            return path;
        }
        var slash = path.IndexOf('/', 1);
        return slash < 0 ? path : path[..(slash + 1)];
    }

    private static bool Matches(KnownBot bot, FilterSource? filter) =>
        filter is null
        || ((filter.BotCategory is null || string.Equals(filter.BotCategory, bot.Category, StringComparison.OrdinalIgnoreCase))
            && (filter.BotOrganization is null || string.Equals(filter.BotOrganization, bot.Organization, StringComparison.OrdinalIgnoreCase))
            && (filter.BotName is null || string.Equals(filter.BotName, bot.Name, StringComparison.OrdinalIgnoreCase)));

    private static double Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);

    private static int Offset(string? marker) =>
        WafMarker.Read(marker) is not { } offset ? 0
        : int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw WafErrors.InvalidParameter("NEXT_MARKER", marker!, WafErrors.Reasons.InvalidFormat);
}
