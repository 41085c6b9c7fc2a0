using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Protections;

public sealed record ProtectionFilters(IReadOnlyList<string>? ResourceArns, IReadOnlyList<string>? ProtectionNames, IReadOnlyList<string>? ResourceTypes);

public sealed record ListProtectionsRequest(string? NextToken, int? MaxResults, ProtectionFilters? InclusionFilters);

public sealed record ListProtectionsResponse(IReadOnlyList<object> Protections, string? NextToken);

/// <summary>The account's protections one page at a time, optionally only those matching the inclusion filters.</summary>
public sealed class ListProtections(IStore store) : ShieldOperation<ListProtectionsRequest, ListProtectionsResponse>
{
    public override string Name => "ListProtections";

    protected override OperationDeclaration<ListProtectionsRequest> Declaration { get; } = new()
    {
        Action = "shield:ListProtections",
        ReadOnly = true,
    };

    protected override async Task<ListProtectionsResponse> HandleAsync(ListProtectionsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await new ProtectionStore(store).ListAsync(call.AccountId, ShieldToken.Read(request.NextToken), request.MaxResults ?? ShieldToken.DefaultMaxResults, cancellationToken);
        var filters = request.InclusionFilters;
        var protections = page.Items.Select(item => ShieldJson.Read<ProtectionRecord>(item.Json))
            .Where(p => filters?.ResourceArns is not { } arns || arns.Contains(p.ResourceArn))
            .Where(p => filters?.ProtectionNames is not { } names || names.Contains(p.Name))
            .Where(p => filters?.ResourceTypes is not { } types || types.Contains(p.ResourceType))
            .Select(p => p.Describe())
            .ToList();
        return new ListProtectionsResponse(protections, ShieldToken.Write(page.NextStartAfter));
    }
}
