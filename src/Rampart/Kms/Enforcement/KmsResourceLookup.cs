using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Kms.Common;
using Rampart.Kms.Grants;
using Rampart.Kms.Keys;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Kms.Enforcement;

/// <summary>KMS keys as authorization sees them: the key policy together with the key's grants (as statements, see
/// <see cref="GrantPolicy"/>) is a resource policy that must itself allow the caller (or the account, which
/// delegates to IAM policies); plus the key's tags and its own condition keys (kms:KeySpec, kms:KeyUsage,
/// kms:KeyOrigin, kms:MultiRegion, kms:MultiRegionKeyType, kms:ResourceAliases). Compiled once per change of the key,
/// its grants or any alias.</summary>
public sealed class KmsResourceLookup(IStore store) : IResourceLookup, ICacheInvalidator
{
    private readonly InvalidatingCache<(string Partition, string KeyId), ResourceFacts?> facts = new(change =>
        change.Item!.Collection switch
        {
            KmsCollections.Key => CacheImpact<(string, string)>.One((change.Item.Partition, change.Item.Key)),
            KmsCollections.Grant => CacheImpact<(string, string)>.One((change.Item.Partition, change.Item.Key.Split('/')[0])),
            // A change names the alias, not the keys it left or joined; aliases change rarely, so all facts go.
            KmsCollections.Alias => CacheImpact<(string, string)>.All,
            _ => CacheImpact<(string, string)>.None,
        });

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
            var stored = KeyReference.IsKeyId(keyId) ? await new KeyDirectory(store).FindAsync(account, region, keyId, token) : null;
            if (stored is null)
            {
                return null;
            }
            var grants = await new GrantDirectory(store).AllOfKeyAsync(account, region, keyId, token);
            var aliases = await new KeyDirectory(store).AliasesOfKeyAsync(account, region, keyId, token);
            return FactsOf(stored.Key, grants, aliases);
        }, cancellationToken);
    }

    /// <summary>Makes this node read a key and its grants afresh: called after this node changed them, and for
    /// requests that carry grant tokens, so a new grant works at once even before the change feed reports it.</summary>
    public void Refresh(string accountId, string region, string keyId) =>
        facts.Invalidate(new StoreChange(KeyDirectory.KeyOf(accountId, region, keyId)));

    /// <summary>Checks a request's grant tokens and, when it carries any, has its key read afresh. Returns the key ARN.</summary>
    public string Honour(string keyArn, IReadOnlyList<string>? grantTokens)
    {
        foreach (var (tokenKeyArn, _) in GrantToken.ReadAll(grantTokens))
        {
            var fields = tokenKeyArn.Split(':', 6);
            if (fields.Length == 6 && fields[5].StartsWith("key/", StringComparison.Ordinal))
            {
                Refresh(fields[4], fields[3], fields[5][4..]);
            }
        }
        return keyArn;
    }

    public void Invalidate(StoreChange change) => facts.Invalidate(change);

    private static ResourceFacts FactsOf(KeyRecord key, IReadOnlyList<GrantRecord> grants, IReadOnlyList<string> aliases)
    {
        var keyPolicy = PolicyParser.Parse(key.Policy, PolicyKind.KeyPolicy, key.Arn);
        var document = grants.Count == 0 ? keyPolicy : keyPolicy with
        {
            Statements = [.. keyPolicy.Statements.Concat(grants.SelectMany(GrantPolicy.Statements)).Select((statement, i) => statement with { Index = i })],
        };
        return new ResourceFacts(
            key.AccountId,
            key.Tags.ToDictionary(tag => tag.TagKey, tag => tag.TagValue, StringComparer.Ordinal),
            new ResourceBasedPolicy(CompiledPolicy.Compile(document), MustGrantAccess: true))
        {
            ConditionKeys = KmsConditionKeys.OfKey(key, aliases),
        };
    }
}
