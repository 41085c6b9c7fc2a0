using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Grants;

/// <summary>The operations a grant can allow, which of them take an encryption context (the only ones constraints
/// apply to), and which suit a key of each usage.</summary>
public static class GrantOperations
{
    public const string RetireGrant = "RetireGrant";

    private static readonly HashSet<string> WithEncryptionContext =
    [
        "Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo",
        "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext",
    ];

    private static readonly HashSet<string> AnyKey = ["CreateGrant", RetireGrant, "DescribeKey"];

    private static readonly Dictionary<string, HashSet<string>> ByUsage = new()
    {
        [KeySpecs.EncryptDecrypt] = ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo",
            "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GetPublicKey"],
        [KeySpecs.SignVerify] = ["Sign", "Verify", "GetPublicKey"],
        [KeySpecs.GenerateVerifyMac] = ["GenerateMac", "VerifyMac"],
        [KeySpecs.KeyAgreement] = ["DeriveSharedSecret", "GetPublicKey"],
    };

    public static bool TakesEncryptionContext(string operation) => WithEncryptionContext.Contains(operation);

    /// <summary>ValidationException when an operation is unknown or does not suit the key.</summary>
    public static void RequireSuitable(IReadOnlyList<string> operations, KeyRecord key)
    {
        if (operations.Count == 0)
        {
            throw KmsErrors.Validation("1 validation error detected: Value at 'operations' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        var symmetric = key.KeySpec == KeySpecs.SymmetricDefault;
        foreach (var operation in operations)
        {
            var forUsage = ByUsage.TryGetValue(key.KeyUsage, out var allowed) && allowed.Contains(operation)
                // Only symmetric keys make data keys; only asymmetric keys have a public key.
                && (symmetric ? operation != "GetPublicKey" : !operation.StartsWith("GenerateDataKey", StringComparison.Ordinal));
            var suits = AnyKey.Contains(operation) || forUsage;
            if (!suits)
            {
                throw KmsErrors.Validation($"Grant operation {operation} is not valid for KMS key {key.Arn} with key usage {key.KeyUsage} and key spec {key.KeySpec}.");
            }
        }
    }
}
