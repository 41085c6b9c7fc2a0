using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Units;

public sealed record ListOrganizationalUnitsForParentRequest(string ParentId, string? NextToken, int? MaxResults);

public sealed record ListOrganizationalUnitsForParentResponse(IReadOnlyList<UnitOutput> OrganizationalUnits, string? NextToken);

public sealed class ListOrganizationalUnitsForParent(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<ListOrganizationalUnitsForParentRequest, ListOrganizationalUnitsForParentResponse>
{
    public override string Name => "ListOrganizationalUnitsForParent";

    protected override OperationDeclaration<ListOrganizationalUnitsForParentRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListOrganizationalUnitsForParent",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Parent(call, request.ParentId),
    };

    protected override async Task<ListOrganizationalUnitsForParentResponse> HandleAsync(
        ListOrganizationalUnitsForParentRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var (units, nextToken) = await new ChildPages(store).ListAsync(
            organization, request.ParentId, ChildEntry.Unit, request.NextToken, request.MaxResults,
            async (tree, id, token) => await tree.FindUnitAsync(organization.Id, id, token) is { } unit
                ? UnitOutput.Of(organization, unit.Record)
                : null,
            cancellationToken);
        return new ListOrganizationalUnitsForParentResponse(units, nextToken);
    }
}
