using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Keys;

/// <summary>Reads a key of the caller's account, changes it and writes it back, retrying when another writer got there
/// first; the <see cref="KeyCache"/>, when given, forgets what was changed at once.</summary>
public sealed class KeyUpdater(IStore store, KeyCache? cache = null)
{
    private readonly KeyDirectory keys = new(store);

    public ValueTask<KeyRecord> UpdateAsync(string keyId, CallContext call, Func<KeyRecord, KeyRecord> change, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(async token =>
        {
            var stored = await keys.RequireAsync(KeyReference.Parse(keyId, call), call, crossAccount: false, token);
            var updated = change(stored.Key);
            await keys.ReplaceAsync(stored, updated, token);
            cache?.Forget(updated);
            return updated;
        }, cancellationToken: cancellationToken);

    /// <summary>Changes a key and, for a multi-Region key, every related key in the other Regions, in one
    /// transaction: <paramref name="check"/> vets the named key first, then <paramref name="change"/> applies to each copy.
    /// Returns the named key as changed.</summary>
    public ValueTask<KeyRecord> UpdateAllCopiesAsync(
        string keyId, CallContext call, Action<KeyRecord> check, Func<KeyRecord, KeyRecord> change, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(async token =>
        {
            var stored = await keys.RequireAsync(KeyReference.Parse(keyId, call), call, crossAccount: false, token);
            check(stored.Key);
            return await UpdateCopiesAsync(stored, change, token);
        }, cancellationToken: cancellationToken);

    /// <summary>One attempt at changing every copy of an already read key; throws ConcurrencyConflictException when
    /// any copy changed meanwhile.</summary>
    public async ValueTask<KeyRecord> UpdateCopiesAsync(StoredKey stored, Func<KeyRecord, KeyRecord> change, CancellationToken cancellationToken)
    {
        var copies = new List<StoredKey> { stored };
        foreach (var region in stored.Key.MultiRegion?.AllRegions.Where(r => r != stored.Key.Region) ?? [])
        {
            if (await keys.FindAsync(stored.Key.AccountId, region, stored.Key.KeyId, cancellationToken) is { } copy)
            {
                copies.Add(copy);
            }
        }
        var changed = copies.Select(copy => (copy, Updated: change(copy.Key))).ToList();
        await store.CommitAsync(
            [.. changed.Select(c => new StoreWrite.Put(
                KeyDirectory.KeyOf(c.Updated.AccountId, c.Updated.Region, c.Updated.KeyId), Common.KmsJson.Write(c.Updated), c.copy.Version))],
            cancellationToken);
        foreach (var (_, updated) in changed)
        {
            cache?.Forget(updated);
        }
        return changed[0].Updated;
    }
}
