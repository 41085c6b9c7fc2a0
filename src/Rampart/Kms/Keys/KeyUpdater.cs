using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Keys;

/// <summary>Reads a key of the caller's account, changes it and writes it back, retrying when another writer got there first.</summary>
public sealed class KeyUpdater(IStore store)
{
    private readonly KeyDirectory keys = new(store);

    public ValueTask<KeyRecord> UpdateAsync(string keyId, CallContext call, Func<KeyRecord, KeyRecord> change, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(async token =>
        {
            var stored = await keys.RequireAsync(KeyReference.Parse(keyId, call), call, crossAccount: false, token);
            var updated = change(stored.Key);
            await keys.ReplaceAsync(stored, updated, token);
            return updated;
        }, cancellationToken: cancellationToken);
}
