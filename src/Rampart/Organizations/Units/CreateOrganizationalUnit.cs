using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Units;

public sealed record CreateOrganizationalUnitRequest(string ParentId, string Name, IReadOnlyList<OrgTag>? Tags);

public sealed record CreateOrganizationalUnitResponse(UnitOutput OrganizationalUnit);

/// <summary>Creates an OU under a root or OU, at most five levels below the root and 1,000 in an organization,
/// with a name unique under its parent.</summary>
public sealed class CreateOrganizationalUnit(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<CreateOrganizationalUnitRequest, CreateOrganizationalUnitResponse>
{
    public const int MaxDepth = 5;
    public const int MaxUnits = 1000;

    public override string Name => "CreateOrganizationalUnit";

    protected override OperationDeclaration<CreateOrganizationalUnitRequest> Declaration { get; } = new()
    {
        Action = "organizations:CreateOrganizationalUnit",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Parent(call, request.ParentId),
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateOrganizationalUnitResponse> HandleAsync(
        CreateOrganizationalUnitRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        OrgTags.CheckRequested(request.Tags);
        var parent = await new OrganizationStore(store).RequireParentAsync(organization, request.ParentId, cancellationToken);
        if (parent.Depth >= MaxDepth)
        {
            throw OrgErrors.Constraint("OU_DEPTH_LIMIT_EXCEEDED", "You attempted to create an OU tree that is too many levels deep.");
        }
        if (await store.CountAsync(OrgCollections.Unit, organization.Id, cancellationToken) >= MaxUnits)
        {
            throw OrgErrors.Constraint("OU_NUMBER_LIMIT_EXCEEDED", "You attempted to exceed the number of OUs that you can have in an organization.");
        }
        var unit = new UnitRecord(organization.Id, OrgIds.NewUnitId(organization.RootId), request.Name, parent.Id, parent.PathIds, call.Time);
        var entry = new ChildEntry(unit.Id, ChildEntry.Unit);
        List<StoreWrite> writes =
        [
            new StoreWrite.Put(TreeKeys.Unit(organization.Id, unit.Id), OrgJson.Write(unit), StoreWrite.Absent),
            new StoreWrite.Put(TreeKeys.UnitName(organization.Id, parent.Id, unit.Name), OrgJson.Write(entry), StoreWrite.Absent),
            new StoreWrite.Put(TreeKeys.Child(organization.Id, parent.Id, entry), OrgJson.Write(entry)),
            .. OrgTags.Create(organization.Id, unit.Id, request.Tags),
        ];
        if (parent.Type == ParentNode.Unit)
        {
            writes.Add(new StoreWrite.Check(TreeKeys.Unit(organization.Id, parent.Id), parent.Version));
        }
        try
        {
            await store.CommitAsync(writes, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.UnitName)
        {
            throw OrgErrors.DuplicateUnit();
        }
        catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.Unit && conflict.Key.Key == parent.Id)
        {
            throw OrgErrors.ParentNotFound();
        }
        return new CreateOrganizationalUnitResponse(UnitOutput.Of(organization, unit));
    }
}
