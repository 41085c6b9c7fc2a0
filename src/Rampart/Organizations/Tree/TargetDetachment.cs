using Rampart.Organizations.Common;
using Rampart.Organizations.Policies;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tree;

/// <summary>The writes that detach every policy from an OU or account leaving the tree, as AWS does when an OU is
/// deleted or an account leaves: the policy attachments in both directions and the record of a detached default.</summary>
public static class TargetDetachment
{
    public static async ValueTask<IReadOnlyList<StoreWrite>> WritesAsync(
        IStore store, string organizationId, string targetId, CancellationToken cancellationToken)
    {
        var writes = new List<StoreWrite>();
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.TargetPolicy, organizationId, targetId + "/", cancellationToken))
        {
            writes.Add(new StoreWrite.Delete(item.Key));
            writes.Add(new StoreWrite.Delete(PolicyKeys.ByPolicy(organizationId, item.Key.Key[(targetId.Length + 1)..], targetId)));
        }
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.DefaultDetached, organizationId, targetId + "/", cancellationToken))
        {
            writes.Add(new StoreWrite.Delete(item.Key));
        }
        return writes;
    }
}
