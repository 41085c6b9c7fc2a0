using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Kms.Common;

/// <summary>Builds the kms:* condition keys a request carries.</summary>
public sealed class KmsConditionKeys
{
    private readonly Dictionary<string, ContextValue> keys = new(StringComparer.OrdinalIgnoreCase);

    public KmsConditionKeys(CallContext call) => keys["kms:CallerAccount"] = ContextValue.Single(call.AccountId);

    public IReadOnlyDictionary<string, ContextValue> Keys => keys;

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
