using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Kms.Common;

/// <summary>Builds the kms:* condition keys a request carries. kms:ViaService is never among them: no Rampart service
/// calls KMS on a caller's behalf, so every call is direct, and as in AWS a direct call has no kms:ViaService.</summary>
public sealed class KmsConditionKeys
{
    private readonly Dictionary<string, ContextValue> keys = new(StringComparer.OrdinalIgnoreCase);

    public KmsConditionKeys(CallContext call) => keys["kms:CallerAccount"] = ContextValue.Single(call.AccountId);

    public IReadOnlyDictionary<string, ContextValue> Keys => keys;

    /// <summary>The keys that describe an existing key; they come with its resource facts. kms:ResourceAliases is
    /// absent for a key without aliases, as AWS leaves an empty multivalued key out; the deprecated
    /// kms:CustomerMasterKeySpec and kms:CustomerMasterKeyUsage still work in AWS, so they are here too.</summary>
    public static IReadOnlyDictionary<string, ContextValue> OfKey(KeyRecord key, IReadOnlyList<string> aliases)
    {
        var keys = new Dictionary<string, ContextValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["kms:KeySpec"] = ContextValue.Single(key.KeySpec),
            ["kms:CustomerMasterKeySpec"] = ContextValue.Single(key.KeySpec),
            ["kms:KeyUsage"] = ContextValue.Single(key.KeyUsage),
            ["kms:CustomerMasterKeyUsage"] = ContextValue.Single(key.KeyUsage),
            ["kms:KeyOrigin"] = ContextValue.Single(key.Origin),
            ["kms:MultiRegion"] = ContextValue.Single(key.IsMultiRegion ? "true" : "false"),
        };
        if (key.IsMultiRegion)
        {
            keys["kms:MultiRegionKeyType"] = ContextValue.Single(key.IsPrimary ? "PRIMARY" : "REPLICA");
        }
        if (aliases.Count > 0)
        {
            keys["kms:ResourceAliases"] = ContextValue.Multiple(aliases);
        }
        return keys;
    }

    /// <summary>kms:RequestAlias when the KeyId parameter is an alias name or alias ARN.</summary>
    public KmsConditionKeys KeyId(string? keyId)
    {
        if (keyId is not null)
        {
            var index = keyId.IndexOf("alias/", StringComparison.Ordinal);
            if (index == 0 || (index > 0 && keyId.StartsWith("arn:", StringComparison.Ordinal)))
            {
                keys["kms:RequestAlias"] = ContextValue.Single(keyId[index..]);
            }
        }
        return this;
    }

    public KmsConditionKeys Set(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            keys[name] = ContextValue.Multiple(values);
        }
        return this;
    }

    public KmsConditionKeys Set(string name, string? value)
    {
        if (value is not null)
        {
            keys[name] = ContextValue.Single(value);
        }
        return this;
    }

    /// <summary>kms:EncryptionContext:&lt;key&gt; for each pair and kms:EncryptionContextKeys.</summary>
    public KmsConditionKeys EncryptionContext(IReadOnlyDictionary<string, string>? context)
    {
        if (context is { Count: > 0 })
        {
            foreach (var (key, value) in context)
            {
                keys[$"kms:EncryptionContext:{key}"] = ContextValue.Single(value);
            }
            keys["kms:EncryptionContextKeys"] = ContextValue.Multiple(context.Keys);
        }
        return this;
    }
}
