using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Units;

public sealed record UpdateOrganizationalUnitRequest(string OrganizationalUnitId, string? Name);

public sealed record UpdateOrganizationalUnitResponse(UnitOutput OrganizationalUnit);

/// <summary>Renames an OU; the new name must be free under its parent.</summary>
public sealed class UpdateOrganizationalUnit(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<UpdateOrganizationalUnitRequest, UpdateOrganizationalUnitResponse>
{
    public override string Name => "UpdateOrganizationalUnit";

    protected override OperationDeclaration<UpdateOrganizationalUnitRequest> Declaration { get; } = new()
    {
        Action = "organizations:UpdateOrganizationalUnit",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Unit(call, request.OrganizationalUnitId),
    };

    protected override async Task<UpdateOrganizationalUnitResponse> HandleAsync(
        UpdateOrganizationalUnitRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var tree = new OrganizationStore(store);
        var updated = await StoreRetry.RunAsync(
            async token =>
            {
                var current = await tree.RequireUnitAsync(organization.Id, request.OrganizationalUnitId, token);
                var unit = current.Record;
                if (request.Name is null || request.Name == unit.Name)
                {
                    return unit;
                }
                var renamed = unit with { Name = request.Name };
                try
                {
                    await store.CommitAsync(
                    [
                        new StoreWrite.Put(TreeKeys.Unit(organization.Id, unit.Id), OrgJson.Write(renamed), current.Version),
                        new StoreWrite.Delete(TreeKeys.UnitName(organization.Id, unit.ParentId, unit.Name)),
                        new StoreWrite.Put(
                            TreeKeys.UnitName(organization.Id, unit.ParentId, renamed.Name), OrgJson.Write(new ChildEntry(unit.Id, ChildEntry.Unit)), StoreWrite.Absent),
                    ], token);
                }
                catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.UnitName)
                {
                    throw OrgErrors.DuplicateUnit();
                }
                return renamed;
            },
            cancellationToken: cancellationToken);
        return new UpdateOrganizationalUnitResponse(UnitOutput.Of(organization, updated));
    }
}
