using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Policies;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

/// <summary>Takes a member account out of its organization (RemoveAccountFromOrganization, LeaveOrganization): the
/// account itself lives on, standalone, with its IAM namespace; its tags and the policies attached to it go.</summary>
public sealed class MembershipEnd(IStore store, OrganizationDirectory directory, OrganizationPolicyCache policies)
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
        var policyStore = new PolicyStore(store, policies);
        await policyStore.CommitAsync(
            [.. OrganizationStore.Leave(account), .. await policyStore.ForgetTargetAsync(organization.Id, accountId, cancellationToken)],
            cancellationToken);
        directory.Forget(accountId);
    }
}
