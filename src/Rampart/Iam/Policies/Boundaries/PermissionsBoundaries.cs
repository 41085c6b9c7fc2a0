using System.Text.Json;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies.Boundaries;

/// <summary>The store writes that go with setting or clearing a holder's permissions boundary: the policy's
/// PermissionsBoundaryUsageCount and the entry ListEntitiesForPolicy reads. The holder's own record names its boundary;
/// whoever writes that record (CreateUser, PutUserPermissionsBoundary, DeleteUser, the role operations) commits these
/// writes in the same transaction.</summary>
public sealed class PermissionsBoundaries(IStore store)
{
    /// <summary>Writes for a holder whose boundary changes from <paramref name="oldArn"/> to <paramref name="newArn"/>
    /// (either may be null). Throws IAM's NoSuchEntity when the new boundary names no managed policy.</summary>
    public async ValueTask<IReadOnlyList<StoreWrite>> ChangeAsync(
        string accountId, HolderKind kind, string holderId, string? oldArn, string? newArn, CancellationToken cancellationToken)
    {
        if (oldArn == newArn)
        {
            return [];
        }
        var policies = new ManagedPolicies(store);
        var writes = new List<StoreWrite>();
        if (newArn is not null)
        {
            PolicyArn.Parse(newArn);
            var policy = await policies.FindAsync(accountId, newArn, cancellationToken) ?? throw PolicyErrors.NotAttachable(newArn);
            var json = JsonSerializer.Serialize(new AttachmentRecord(policy.Arn, policy.PolicyName, policy.Path, kind, holderId));
            writes.Add(ManagedPolicies.CountUsage(accountId, policy, 0, 1));
            writes.Add(new StoreWrite.Put(PolicyAttachments.EntityKeyOf(accountId, policy.Arn, true, holderId), json));
        }
        if (oldArn is not null && await policies.FindAsync(accountId, oldArn, cancellationToken) is { } old)
        {
            writes.Add(ManagedPolicies.CountUsage(accountId, old, 0, -1));
            writes.Add(new StoreWrite.Delete(PolicyAttachments.EntityKeyOf(accountId, old.Arn, true, holderId)));
        }
        return writes;
    }
}
