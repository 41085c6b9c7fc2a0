using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tree;

/// <summary>Who may call what: most operations belong to the management account; the read-only ones are also open
/// to delegated administrators; a few to every member.</summary>
public sealed class OrganizationAccess(IStore store)
{
    /// <summary>The caller's organization; AWSOrganizationsNotInUseException when it has none.</summary>
    public async ValueTask<Stored<OrganizationRecord>> RequireMemberAsync(CallContext call, CancellationToken cancellationToken) =>
        await new OrganizationStore(store).OfAccountAsync(call.AccountId, cancellationToken) ?? throw OrgErrors.NotInUse();

    /// <summary>The organization the caller manages; AccessDeniedException for a member account.</summary>
    public async ValueTask<Stored<OrganizationRecord>> RequireManagementAsync(CallContext call, CancellationToken cancellationToken)
    {
        var organization = await RequireMemberAsync(call, cancellationToken);
        return organization.Record.ManagementAccountId == call.AccountId ? organization : throw OrgErrors.AccessDenied();
    }

    /// <summary>The organization of a caller that is its management account or one of its delegated administrators.</summary>
    public async ValueTask<Stored<OrganizationRecord>> RequireManagementOrDelegatedAsync(CallContext call, CancellationToken cancellationToken)
    {
        var organization = await RequireMemberAsync(call, cancellationToken);
        if (organization.Record.ManagementAccountId == call.AccountId)
        {
            return organization;
        }
        var delegations = await store.ListAsync(
            new ListQuery(OrgCollections.Delegation, organization.Record.Id, call.AccountId + "/", null, 1), cancellationToken);
        return delegations.Items.Count > 0 ? organization : throw OrgErrors.AccessDenied();
    }
}
