using Rampart.Iam.Policies;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Common;

/// <summary>Refuses to delete a user or group that still has policies, with IAM's wording (managed policies
/// first, then inline ones), from the policy summary the policies side keeps per holder ID.</summary>
public static class HolderPolicyCheck
{
    public static async ValueTask ThrowIfAnyAsync(IStore store, string accountId, string holderId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(new ItemKey(PolicyCollections.HolderPolicies, accountId, holderId), cancellationToken) is not { } item)
        {
            return;
        }
        var policies = IamJson.Read<HolderPoliciesRecord>(item.Json);
        if (policies.AttachedCount > 0)
        {
            throw IamErrors.MustDeleteFirst("detach all policies");
        }
        if (policies.InlineCount > 0)
        {
            throw IamErrors.MustDeleteFirst("delete policies");
        }
    }
}
