using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Kms.Enforcement;

/// <summary>KMS keys as authorization sees them: the key policy is a resource policy that must itself allow the
/// caller (or the account, which delegates to IAM policies), plus the key's tags. Compiled once per key version and
/// dropped when the key changes.</summary>
public sealed class KmsResourceLookup(IStore store) : IResourceLookup, ICacheInvalidator
{
    private readonly InvalidatingCache<(string Partition, string KeyId), ResourceFacts?> facts = new(change =>
        change.Item!.Collection == KmsCollections.Key
            ? CacheImpact<(string, string)>.One((change.Item.Partition, change.Item.Key))
            : CacheImpact<(string, string)>.None);

    public string ArnService => "kms";

    public ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken)
    {
        var fields = arn.Split(':', 6);
        if (fields.Length != 6 || !fields[5].StartsWith("key/", StringComparison.Ordinal) || fields[4].Length != 12)
        {
            return ValueTask.FromResult<ResourceFacts?>(null);
        }
        var (region, account, keyId) = (fields[3], fields[4], fields[5][4..]);
        return facts.GetOrLoadAsync((KmsCollections.Partition(account, region), keyId), async (_, token) =>
        {
            var stored = keyId.Length == 36 ? await new KeyDirectory(store).FindAsync(account, region, keyId, token) : null;
            return stored is null ? null : FactsOf(stored.Key);
        }, cancellationToken);
    }

    public void Invalidate(StoreChange change) => facts.Invalidate(change);

    private static ResourceFacts FactsOf(KeyRecord key) => new(
        key.AccountId,
        key.Tags.ToDictionary(tag => tag.TagKey, tag => tag.TagValue, StringComparer.Ordinal),
        new ResourceBasedPolicy(CompiledPolicy.Compile(PolicyParser.Parse(key.Policy, PolicyKind.KeyPolicy, key.Arn)), MustGrantAccess: true));
}
