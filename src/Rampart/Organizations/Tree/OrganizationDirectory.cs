using Rampart.Caching;
using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Organizations.Tree;

/// <summary>
/// Where each account sits, from memory: a placement is read from the store once and kept until the store reports
/// a change of the account's membership or of an organization. OUs never move, so a change elsewhere in the tree
/// moves no account. Handlers that change an account's place call <see cref="Forget"/> right after their commit, so
/// the very next request on this node sees it even before the store's change notification arrives; other nodes
/// learn it from the notification.
/// </summary>
public sealed class OrganizationDirectory(IStore store) : IOrganizationDirectory, ICacheInvalidator
{
    private readonly InvalidatingCache<string, AccountPlacement?> placements = new(ImpactOf);

    public ValueTask<AccountPlacement?> FindAsync(string accountId, CancellationToken cancellationToken) =>
        placements.GetOrLoadAsync(accountId, LoadAsync, cancellationToken);

    /// <summary>The placement as the cache holds it, waiting for the store on a miss; for synchronous callers
    /// such as operation declarations, which need the caller's organization to name resources.</summary>
    public AccountPlacement? Find(string accountId)
    {
        var lookup = FindAsync(accountId, CancellationToken.None);
        return lookup.IsCompleted ? lookup.Result : lookup.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Drops what is known of one account's place; call after committing a change to it.</summary>
    public void Forget(string accountId) => placements.Invalidate(new StoreChange(TreeKeys.Membership(accountId)));

    /// <summary>Drops every placement; call after creating or deleting an organization.</summary>
    public void ForgetAll() => placements.Invalidate(StoreChange.Everything);

    public void Invalidate(StoreChange change) => placements.Invalidate(change);

    private static CacheImpact<string> ImpactOf(StoreChange change) => change.Item!.Collection switch
    {
        OrgCollections.Membership or OrgCollections.Account => CacheImpact<string>.One(change.Item.Key),
        OrgCollections.Organization => CacheImpact<string>.All,
        _ => CacheImpact<string>.None,
    };

    private async ValueTask<AccountPlacement?> LoadAsync(string accountId, CancellationToken cancellationToken)
    {
        var tree = new OrganizationStore(store);
        if (await tree.OfAccountAsync(accountId, cancellationToken) is not { Record: var organization }
            || await tree.FindAccountAsync(organization.Id, accountId, cancellationToken) is not { Record: var account })
        {
            return null;
        }
        var parent = await tree.FindParentAsync(organization, account.ParentId, cancellationToken)
            ?? throw new InvalidDataException($"Account {accountId} sits under {account.ParentId}, which organization {organization.Id} does not hold.");
        return new AccountPlacement(organization.Id, organization.ManagementAccountId, [organization.RootId, .. parent.PathIds, accountId])
        {
            IsClosed = account.IsClosing,
        };
    }
}
