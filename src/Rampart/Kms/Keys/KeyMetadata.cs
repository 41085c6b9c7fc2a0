namespace Rampart.Kms.Keys;

/// <summary>KeyMetadata as DescribeKey, CreateKey and friends return it.</summary>
public sealed record KeyMetadata(
    string AWSAccountId,
    string KeyId,
    string Arn,
    DateTimeOffset CreationDate,
    bool Enabled,
    string Description,
    string KeyUsage,
    string KeyState,
    DateTimeOffset? DeletionDate,
    string Origin,
    string KeyManager,
    string CustomerMasterKeySpec,
    string KeySpec,
    IReadOnlyList<string>? EncryptionAlgorithms,
    IReadOnlyList<string>? SigningAlgorithms,
    IReadOnlyList<string>? MacAlgorithms,
    bool MultiRegion)
{
    public static KeyMetadata Of(KeyRecord key)
    {
        var spec = KeySpecs.Of(key);
        return new(
            key.AccountId,
            key.KeyId,
            key.Arn,
            key.CreationDate,
            key.KeyState == Keys.KeyState.Enabled,
            key.Description,
            key.KeyUsage,
            key.KeyState,
            key.DeletionDate,
            "AWS_KMS",
            "CUSTOMER",
            key.KeySpec,
            key.KeySpec,
            key.KeyUsage == KeySpecs.EncryptDecrypt ? spec.EncryptionAlgorithms : null,
            key.KeyUsage == KeySpecs.SignVerify ? spec.SigningAlgorithms : null,
            key.KeyUsage == KeySpecs.GenerateVerifyMac ? spec.MacAlgorithms : null,
            false);
    }
}
