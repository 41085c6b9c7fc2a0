using Rampart.Kms.MultiRegion;

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
    DateTimeOffset? ValidTo,
    string Origin,
    string? ExpirationModel,
    string KeyManager,
    string CustomerMasterKeySpec,
    string KeySpec,
    IReadOnlyList<string>? EncryptionAlgorithms,
    IReadOnlyList<string>? SigningAlgorithms,
    IReadOnlyList<string>? KeyAgreementAlgorithms,
    IReadOnlyList<string>? MacAlgorithms,
    bool MultiRegion,
    MultiRegionConfiguration? MultiRegionConfiguration,
    int? PendingDeletionWindowInDays,
    string? CurrentKeyMaterialId)
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
            key.Origin == KeyOrigins.External && key.Materials.Count > 0 ? key.CurrentMaterial.ValidTo : null,
            key.Origin,
            key.Origin == KeyOrigins.External && key.Materials.Count > 0 ? key.CurrentMaterial.ExpirationModel : null,
            "CUSTOMER",
            key.KeySpec,
            key.KeySpec,
            key.KeyUsage == KeySpecs.EncryptDecrypt ? spec.EncryptionAlgorithms : null,
            key.KeyUsage == KeySpecs.SignVerify ? spec.SigningAlgorithms : null,
            key.KeyUsage == KeySpecs.KeyAgreement ? [KeySpecs.Ecdh] : null,
            key.KeyUsage == KeySpecs.GenerateVerifyMac ? spec.MacAlgorithms : null,
            key.IsMultiRegion,
            key.MultiRegion is { } links ? global::Rampart.Kms.MultiRegion.MultiRegionConfiguration.Of(key, links) : null,
            key.KeyState == Keys.KeyState.PendingReplicaDeletion ? key.PendingWindowInDays : null,
            key.Materials.Count > 0 ? key.CurrentMaterial.MaterialId : null);
    }
}
