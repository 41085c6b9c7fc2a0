using Rampart.Organizations.Common;
using Rampart.Organizations.Policies;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

/// <summary>Takes a member account out of its organization (RemoveAccountFromOrganization, LeaveOrganization): the
/// account itself lives on, standalone, with its IAM namespace; its tags and the policies attached to it go.</summary>
public sealed class MembershipEnd(IStore store, OrganizationDirectory directory)
{
    public async ValueTask EndAsync(OrganizationRecord organization, string accountId, CancellationToken cancellationToken)
    {
        if (accountId == organization.ManagementAccountId)
        {
            throw OrgErrors.MasterCannotLeave();
        }
        var account = await new OrganizationStore(store).RequireAccountAsync(organization.Id, accountId, cancellationToken);
        var delegations = await store.ListAsync(
            new ListQuery(OrgCollections.Delegation, organization.Id, accountId + "/", null, 1), cancellationToken);
        if (delegations.Items.Count > 0)
        {
            throw OrgErrors.Constraint(
                "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
                "You cannot remove a delegated administrator account from the organization. Deregister the account as a delegated administrator first.");
        }
        var writes = new List<StoreWrite>(OrganizationStore.Leave(account));
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.TargetPolicy, organization.Id, accountId + "/", cancellationToken))
        {
            var policyId = item.Key.Key[(accountId.Length + 1)..];
            writes.Add(new StoreWrite.Delete(item.Key));
            writes.Add(new StoreWrite.Delete(new ItemKey(PolicyCollections.PolicyTarget, organization.Id, policyId + "/" + accountId)));
        }
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.DefaultDetached, organization.Id, accountId + "/", cancellationToken))
        {
            writes.Add(new StoreWrite.Delete(item.Key));
        }
        await store.CommitAsync(writes, cancellationToken);
        directory.Forget(accountId);
    }
}
