using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateDataKeyPairWithoutPlaintextRequest(
    Dictionary<string, string>? EncryptionContext,
    string KeyId,
    string KeyPairSpec,
    IReadOnlyList<string>? GrantTokens,
    bool? DryRun) : IDataKeyPairRequest;

public sealed record GenerateDataKeyPairWithoutPlaintextResponse(
    byte[] PrivateKeyCiphertextBlob, byte[] PublicKey, string KeyId, string KeyPairSpec, string? KeyMaterialId);

/// <summary>Makes a data key pair and returns its public key and its private key only encrypted under a symmetric key,
/// for a later Decrypt where the private key is needed.</summary>
public sealed class GenerateDataKeyPairWithoutPlaintext(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : DataKeyPairOperation<GenerateDataKeyPairWithoutPlaintextRequest, GenerateDataKeyPairWithoutPlaintextResponse>(store, secrets, arns, lookup)
{
    public override string Name => "GenerateDataKeyPairWithoutPlaintext";

    protected override bool ReturnsPrivateKey => false;

    protected override GenerateDataKeyPairWithoutPlaintextResponse Answer(
        KeyRecord key, DataKeyPairs.Pair pair, byte[] privateKeyCiphertext, GenerateDataKeyPairWithoutPlaintextRequest request) =>
        new(privateKeyCiphertext, pair.PublicKey, key.Arn, request.KeyPairSpec, key.CurrentMaterial.MaterialId);
}
