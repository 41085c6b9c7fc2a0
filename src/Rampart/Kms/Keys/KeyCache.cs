using Rampart.Caching;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Kms.Keys;

/// <summary>Keys as the cryptographic operations read them, kept between calls so that the hot path does not read
/// and parse the store on every request. The store's change feed drops changed keys; this node's own writes drop
/// them at once (see <see cref="KeyUpdater"/>), so a disabled or rotated key is never used stale here.</summary>
public sealed class KeyCache(IStore store) : ICacheInvalidator
{
    private readonly InvalidatingCache<(string Partition, string KeyId), KeyRecord?> keys = new(change =>
        change.Item!.Collection == KmsCollections.Key
            ? CacheImpact<(string, string)>.One((change.Item.Partition, change.Item.Key))
            : CacheImpact<(string, string)>.None);

    /// <summary>The key a KeyId parameter names (key ID, key ARN, alias name or alias ARN), in any account;
    /// NotFoundException when there is none.</summary>
    public async ValueTask<KeyRecord> RequireAsync(string keyId, CallContext call, KeyArnResolver arns, CancellationToken cancellationToken)
    {
        var reference = KeyReference.Parse(arns.KeyArn(keyId, call), call);
        if (reference.IsAlias)
        {
            // An alias that points nowhere: the directory reports it as AWS does.
            return (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(keyId, call), call, crossAccount: true, cancellationToken)).Key;
        }
        var key = await keys.GetOrLoadAsync((KmsCollections.Partition(reference.AccountId, reference.Region), reference.KeyId!), async (_, token) =>
            (await new KeyDirectory(store).FindAsync(reference.AccountId, reference.Region, reference.KeyId!, token))?.Key, cancellationToken);
        return key ?? throw KmsErrors.KeyNotFound(reference.Arn);
    }

    /// <summary>Drops a key this node has just changed.</summary>
    public void Forget(KeyRecord key) => keys.Invalidate(new StoreChange(KeyDirectory.KeyOf(key.AccountId, key.Region, key.KeyId)));

    public void Invalidate(StoreChange change) => keys.Invalidate(change);
}
