using Rampart.Kms.Aliases;
using Rampart.Kms.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Keys;

/// <summary>Reads and writes keys and aliases in the store.</summary>
public sealed class KeyDirectory(IStore store)
{
    private const int MaxPendingWindowInDays = 30;

    public static ItemKey KeyOf(string accountId, string region, string keyId) =>
        new(KmsCollections.Key, KmsCollections.Partition(accountId, region), keyId);

    public static ItemKey AliasOf(string accountId, string region, string aliasName) =>
        new(KmsCollections.Alias, KmsCollections.Partition(accountId, region), aliasName);

    /// <summary>A stored key as this build models it.</summary>
    public static KeyRecord Parse(string json) => Import.LegacyImportUpgrade.Apply(KmsJson.Read<KeyRecord>(json));

    public async ValueTask<StoredKey?> FindAsync(string accountId, string region, string keyId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(KeyOf(accountId, region, keyId), cancellationToken);
        if (item is null)
        {
            return null;
        }
        var key = Parse(item.Json);
        if (key.KeyState == KeyState.PendingDeletion && key.DeletionDate <= DateTimeOffset.UtcNow)
        {
            // The waiting period is over: the key and its material are destroyed on first sight.
            try
            {
                await DestroyAsync(item, key, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                return await FindAsync(accountId, region, keyId, cancellationToken);
            }
            return null;
        }
        if (Import.ImportRules.WithoutExpired(key, DateTimeOffset.UtcNow) is var expired && !ReferenceEquals(expired, key))
        {
            // Imported material is deleted when it expires, whoever looks first (the maintenance sweep or a request).
            try
            {
                return new StoredKey(expired, await store.PutAsync(item.Key, KmsJson.Write(expired), item.Version, cancellationToken));
            }
            catch (ConcurrencyConflictException)
            {
                return await FindAsync(accountId, region, keyId, cancellationToken);
            }
        }
        return new StoredKey(key, item.Version);
    }

    /// <summary>Deletes a key whose time has come, with its aliases. A multi-Region key leaves its relatives' replica lists in the same
    /// transaction, and a primary key that waited in PendingReplicaDeletion for its last replica now starts its own
    /// waiting period.</summary>
    private async ValueTask DestroyAsync(StoredItem item, KeyRecord key, CancellationToken cancellationToken)
    {
        var writes = new List<StoreWrite> { new StoreWrite.Delete(item.Key, item.Version) };
        // As in AWS, the key's aliases go with it.
        foreach (var alias in await AliasesOfKeyAsync(key.AccountId, key.Region, key.KeyId, cancellationToken))
        {
            writes.Add(new StoreWrite.Delete(AliasOf(key.AccountId, key.Region, alias)));
        }
        foreach (var region in key.MultiRegion?.AllRegions.Where(r => r != key.Region) ?? [])
        {
            var copyItem = await store.GetAsync(KeyOf(key.AccountId, region, key.KeyId), cancellationToken);
            if (copyItem is null)
            {
                continue;
            }
            var copy = Parse(copyItem.Json);
            var links = copy.MultiRegion! with { ReplicaRegions = [.. copy.MultiRegion!.ReplicaRegions.Where(r => r != key.Region)] };
            var updated = copy with { MultiRegion = links };
            if (copy.KeyState == KeyState.PendingReplicaDeletion && copy.IsPrimary && links.ReplicaRegions.Count == 0)
            {
                var deletionDate = DateTimeOffset.UtcNow.AddDays(copy.PendingWindowInDays ?? MaxPendingWindowInDays);
                updated = updated with { KeyState = KeyState.PendingDeletion, DeletionDate = deletionDate, PendingWindowInDays = null };
                writes.Add(new StoreWrite.Put(Maintenance.DueWork.KeyOf(Maintenance.DueWork.Deletion, deletionDate, updated), "{}"));
            }
            writes.Add(new StoreWrite.Put(copyItem.Key, KmsJson.Write(updated), copyItem.Version));
        }
        await store.CommitAsync(writes, cancellationToken);
    }

    public async ValueTask<(AliasRecord Alias, long Version)?> FindAliasAsync(string accountId, string region, string aliasName, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(AliasOf(accountId, region, aliasName), cancellationToken);
        return item is null ? null : (KmsJson.Read<AliasRecord>(item.Json), item.Version);
    }

    /// <summary>The names of the aliases that point to a key, in name order.</summary>
    public async ValueTask<IReadOnlyList<string>> AliasesOfKeyAsync(string accountId, string region, string keyId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await store.ListAsync(
                new ListQuery(KmsCollections.Alias, KmsCollections.Partition(accountId, region), StartAfter: after, Limit: ListQuery.MaxLimit), cancellationToken);
            foreach (var item in page.Items)
            {
                if (KmsJson.Read<AliasRecord>(item.Json).TargetKeyId == keyId)
                {
                    names.Add(item.Key.Key);
                }
                after = item.Key.Key;
            }
            if (!page.IsTruncated)
            {
                return names;
            }
        }
    }

    /// <summary>The key the reference names, following an alias; NotFoundException when there is none, or when it is
    /// in another account and the operation cannot be used across accounts.</summary>
    public async ValueTask<StoredKey> RequireAsync(KeyReference reference, CallContext call, bool crossAccount, CancellationToken cancellationToken)
    {
        if (!crossAccount && reference.AccountId != call.AccountId)
        {
            throw reference.IsAlias ? KmsErrors.AliasNotFound(reference.Arn) : KmsErrors.KeyNotFound(reference.Arn);
        }
        var keyId = reference.KeyId;
        if (reference.IsAlias)
        {
            var alias = await FindAliasAsync(reference.AccountId, reference.Region, reference.AliasName!, cancellationToken)
                ?? throw KmsErrors.AliasNotFound(reference.Arn);
            keyId = alias.Alias.TargetKeyId;
        }
        return await FindAsync(reference.AccountId, reference.Region, keyId!, cancellationToken)
            ?? throw KmsErrors.KeyNotFound(KmsArn.Key(reference.Region, reference.AccountId, keyId!));
    }

    public ValueTask<long> ReplaceAsync(StoredKey stored, KeyRecord updated, CancellationToken cancellationToken) =>
        store.PutAsync(KeyOf(updated.AccountId, updated.Region, updated.KeyId), KmsJson.Write(updated), stored.Version, cancellationToken);
}
