using Rampart.Caching;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Kms.Enforcement;

/// <summary>Turns a KeyId parameter into the key ARN that authorization evaluates, following aliases through a
/// cache that store changes keep fresh. Declarations are synchronous, so a cache miss waits for one store read.</summary>
public sealed class KeyArnResolver(IStore store) : ICacheInvalidator
{
    private readonly InvalidatingCache<string, string?> aliasTargets = new(change =>
        change.Item!.Collection == KmsCollections.Alias
            ? CacheImpact<string>.One($"{change.Item.Partition}|{change.Item.Key}")
            : CacheImpact<string>.None);

    /// <summary>The key ARN; an alias that points nowhere stays its alias ARN (the handler then reports NotFoundException).</summary>
    public string KeyArn(string keyId, CallContext call)
    {
        var reference = KeyReference.Parse(keyId, call);
        if (!reference.IsAlias)
        {
            return reference.Arn;
        }
        var partition = KmsCollections.Partition(reference.AccountId, reference.Region);
        var lookup = aliasTargets.GetOrLoadAsync($"{partition}|{reference.AliasName}", async (_, token) =>
        {
            var alias = await new KeyDirectory(store).FindAliasAsync(reference.AccountId, reference.Region, reference.AliasName!, token);
            return alias?.Alias.TargetKeyId;
        }, CancellationToken.None);
        var target = lookup.IsCompleted ? lookup.Result : lookup.AsTask().GetAwaiter().GetResult();
        return target is null ? reference.Arn : KmsArn.Key(reference.Region, reference.AccountId, target);
    }

    public void Invalidate(StoreChange change) => aliasTargets.Invalidate(change);
}
