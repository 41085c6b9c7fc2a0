using Rampart.Iam.Common;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccessKeys;

/// <summary>Users' access keys: each an <see cref="AccessKeyRecord"/> in the collection the root keys use (so one
/// lookup by key ID serves every signature check), plus an index item per key under the owner's ID so that a
/// user's keys are listed without a scan.</summary>
public sealed class AccessKeyDirectory(IStore store)
{
    /// <summary>IAM's quota of access keys per user.</summary>
    public const int MaxPerUser = 2;

    public static ItemKey IndexKey(string accountId, string ownerId, string accessKeyId) =>
        new(IamCollections.UserAccessKey, accountId, OwnerPrefix(ownerId) + accessKeyId);

    public static string OwnerPrefix(string ownerId) => ownerId + "/";

    /// <summary>The keys of one owner (a user ID), oldest first.</summary>
    public async ValueTask<IReadOnlyList<StoredAccessKey>> OfOwnerAsync(string accountId, string ownerId, CancellationToken cancellationToken)
    {
        var keys = new List<StoredAccessKey>();
        await foreach (var entry in IamPaging.AllAsync(store, IamCollections.UserAccessKey, accountId, OwnerPrefix(ownerId), cancellationToken))
        {
            var id = IamJson.Read<UserAccessKeyEntry>(entry.Json).AccessKeyId;
            if (await FindAsync(id, cancellationToken) is { } key)
            {
                keys.Add(key);
            }
        }
        return [.. keys.OrderBy(k => k.Key.CreationOrder)];
    }

    public async ValueTask<StoredAccessKey?> FindAsync(string accessKeyId, CancellationToken cancellationToken) =>
        await store.GetAsync(AccessKeyRecord.KeyOf(accessKeyId), cancellationToken) is { } item
            ? new StoredAccessKey(IamJson.Read<AccessKeyRecord>(item.Json), item.Version)
            : null;

    public async ValueTask<bool> AnyAsync(string accountId, string ownerId, CancellationToken cancellationToken) =>
        (await store.ListAsync(new ListQuery(IamCollections.UserAccessKey, accountId, OwnerPrefix(ownerId), null, 1), cancellationToken)).Items.Count > 0;
}
