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
        var tree = new OrganizationStore(store);
        var parent = await tree.RequireParentAsync(organization, request.ParentId, cancellationToken);
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.Child, organization.Id, TreeKeys.ChildPrefix(parent.Id, ChildEntry.Unit), request.NextToken, request.MaxResults, cancellationToken);
        var units = new List<UnitOutput>(page.Items.Count);
        foreach (var item in page.Items)
        {
            if (await tree.FindUnitAsync(organization.Id, OrgJson.Read<ChildEntry>(item.Json).Id, cancellationToken) is { } unit)
            {
                units.Add(UnitOutput.Of(organization, unit.Record));
            }
        }
        return new ListOrganizationalUnitsForParentResponse(units, OrgPaging.Token(page.NextStartAfter));
    }
}
