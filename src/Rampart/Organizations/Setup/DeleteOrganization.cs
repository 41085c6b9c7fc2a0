using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Handshakes;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Setup;

/// <summary>Deletes an organization that holds no account but the management account, with its OUs, tags,
/// handshakes, delegations, trusted services and resource policy. Its policies stay in the store under its
/// partition, where no later organization (a new ID) can reach them.</summary>
public sealed class DeleteOrganization(IStore store, OrganizationDirectory directory) : OrganizationsOperation<NoParametersRequest, EmptyResponse>
{
    private static readonly string[] PartitionedCollections =
    [
        OrgCollections.Unit, OrgCollections.UnitName, OrgCollections.Child, OrgCollections.CreateAccountStatus,
        OrgCollections.Delegation, OrgCollections.ServiceAccess, OrgCollections.Tags,
    ];

    public override string Name => "DeleteOrganization";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "organizations:DeleteOrganization",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken);
        var id = organization.Record.Id;
        if (await store.CountAsync(OrgCollections.Account, id, cancellationToken) > 1)
        {
            throw OrgErrors.OrganizationNotEmpty();
        }
        var management = await new OrganizationStore(store).RequireAccountAsync(id, call.AccountId, cancellationToken);
        var writes = new List<StoreWrite>
        {
            new StoreWrite.Delete(TreeKeys.Organization(id), organization.Version),
            new StoreWrite.Delete(TreeKeys.Account(id, call.AccountId), management.Version),
            new StoreWrite.Delete(TreeKeys.Membership(call.AccountId)),
            new StoreWrite.Delete(new ItemKey(OrgCollections.ResourcePolicy, "", id)),
        };
        await foreach (var entry in OrgPaging.AllAsync(store, OrgCollections.HandshakeOfOrganization, id, null, cancellationToken))
        {
            if (await new HandshakeStore(store).FindAsync(entry.Key.Key, cancellationToken) is { } handshake)
            {
                writes.AddRange(HandshakeStore.Delete(handshake));
            }
        }
        foreach (var collection in PartitionedCollections)
        {
            await foreach (var item in OrgPaging.AllAsync(store, collection, id, null, cancellationToken))
            {
                writes.Add(new StoreWrite.Delete(item.Key));
            }
        }
        await store.CommitAsync(writes, cancellationToken);
        directory.ForgetAll();
        return EmptyResponse.Instance;
    }
}
