using System.Globalization;
using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Attacks;

public sealed record TimeRange(DateTimeOffset? FromInclusive, DateTimeOffset? ToExclusive)
{
    public bool Contains(DateTimeOffset time) => (FromInclusive is not { } from || time >= from) && (ToExclusive is not { } to || time < to);
}

public sealed record ListAttacksRequest(IReadOnlyList<string>? ResourceArns, TimeRange? StartTime, TimeRange? EndTime, string? NextToken, int? MaxResults);

public sealed record ListAttacksResponse(IReadOnlyList<object> AttackSummaries, string? NextToken);

/// <summary>Attacks on the account's resources, newest first: those that started in StartTime and ended in EndTime
/// (an ongoing attack matches any EndTime), optionally only on the given resources.</summary>
public sealed class ListAttacks(StoreAttackLog attacks) : ShieldOperation<ListAttacksRequest, ListAttacksResponse>
{
    public override string Name => "ListAttacks";

    protected override OperationDeclaration<ListAttacksRequest> Declaration { get; } = new()
    {
        Action = "shield:ListAttacks",
        ReadOnly = true,
    };

    protected override async Task<ListAttacksResponse> HandleAsync(ListAttacksRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var matching = (await attacks.AllAsync(call.AccountId, cancellationToken))
            .Where(a => request.ResourceArns is not { Count: > 0 } arns || arns.Contains(a.ResourceArn))
            .Where(a => request.StartTime is not { } range || range.Contains(a.StartTime))
            .Where(a => request.EndTime is not { } range || a.EndTime is not { } end || range.Contains(end))
            .ToList();
        var start = ShieldToken.Read(request.NextToken) is { } token
            ? int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : throw new Protocol.AwsException("InvalidPaginationTokenException", "Invalid pagination token")
            : 0;
        var limit = request.MaxResults ?? ShieldToken.DefaultMaxResults;
        var next = start + limit < matching.Count ? ShieldToken.Write((start + limit).ToString(CultureInfo.InvariantCulture)) : null;
        return new ListAttacksResponse([.. matching.Skip(start).Take(limit).Select(AttackShapes.Summary)], next);
    }
}
