using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Policies;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Units;

public sealed record DeleteOrganizationalUnitRequest(string OrganizationalUnitId);

/// <summary>Deletes an OU that holds no account and no OU; the policies attached to it are detached.</summary>
public sealed class DeleteOrganizationalUnit(IStore store, OrganizationDirectory directory, OrganizationPolicyCache policies)
    : OrganizationsOperation<DeleteOrganizationalUnitRequest, EmptyResponse>
{
    public override string Name => "DeleteOrganizationalUnit";

    protected override OperationDeclaration<DeleteOrganizationalUnitRequest> Declaration { get; } = new()
    {
        Action = "organizations:DeleteOrganizationalUnit",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Unit(call, request.OrganizationalUnitId),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteOrganizationalUnitRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var tree = new OrganizationStore(store);
        var current = await tree.RequireUnitAsync(organization.Id, request.OrganizationalUnitId, cancellationToken);
        var unit = current.Record;
        if (await tree.HasChildrenAsync(organization.Id, unit.Id, null, cancellationToken))
        {
            throw OrgErrors.UnitNotEmpty();
        }
        var policyStore = new PolicyStore(store, policies);
        try
        {
            await policyStore.CommitAsync(
            [
                new StoreWrite.Delete(TreeKeys.Unit(organization.Id, unit.Id), current.Version),
                new StoreWrite.Delete(TreeKeys.UnitName(organization.Id, unit.ParentId, unit.Name)),
                new StoreWrite.Delete(TreeKeys.Child(organization.Id, unit.ParentId, new ChildEntry(unit.Id, ChildEntry.Unit))),
                new StoreWrite.Delete(OrgTags.KeyOf(organization.Id, unit.Id)),
                .. await policyStore.ForgetTargetAsync(organization.Id, unit.Id, cancellationToken),
            ], cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw OrgErrors.UnitNotFound();
        }
        return EmptyResponse.Instance;
    }
}
