using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.ProtectionGroups;

public sealed record ProtectionGroupFilters(IReadOnlyList<string>? ProtectionGroupIds, IReadOnlyList<string>? Patterns, IReadOnlyList<string>? ResourceTypes, IReadOnlyList<string>? Aggregations);

public sealed record ListProtectionGroupsRequest(string? NextToken, int? MaxResults, ProtectionGroupFilters? InclusionFilters);

public sealed record ListProtectionGroupsResponse(IReadOnlyList<object> ProtectionGroups, string? NextToken);

/// <summary>The account's protection groups one page at a time, optionally filtered.</summary>
public sealed class ListProtectionGroups(IStore store) : ShieldOperation<ListProtectionGroupsRequest, ListProtectionGroupsResponse>
{
    public override string Name => "ListProtectionGroups";

    protected override OperationDeclaration<ListProtectionGroupsRequest> Declaration { get; } = new()
    {
        Action = "shield:ListProtectionGroups",
        ReadOnly = true,
    };

    protected override async Task<ListProtectionGroupsResponse> HandleAsync(ListProtectionGroupsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var groups = new ProtectionGroupStore(store);
        var page = await groups.ListAsync(call.AccountId, ShieldToken.Read(request.NextToken), request.MaxResults ?? ShieldToken.DefaultMaxResults, cancellationToken);
        var filters = request.InclusionFilters;
        var described = new List<object>();
        foreach (var group in page.Items.Select(item => ShieldJson.Read<ProtectionGroupRecord>(item.Json))
            .Where(g => filters?.ProtectionGroupIds is not { } ids || ids.Contains(g.ProtectionGroupId))
            .Where(g => filters?.Patterns is not { } patterns || patterns.Contains(g.Pattern))
            .Where(g => filters?.ResourceTypes is not { } types || (g.ResourceType is { } type && types.Contains(type)))
            .Where(g => filters?.Aggregations is not { } aggregations || aggregations.Contains(g.Aggregation)))
        {
            described.Add(await groups.DescribeAsync(call.AccountId, group, cancellationToken));
        }
        return new ListProtectionGroupsResponse(described, ShieldToken.Write(page.NextStartAfter));
    }
}
