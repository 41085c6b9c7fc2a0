using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateDataKeyPairRequest(
    Dictionary<string, string>? EncryptionContext,
    string KeyId,
    string KeyPairSpec,
    IReadOnlyList<string>? GrantTokens,
    System.Text.Json.Nodes.JsonObject? Recipient,
    bool? DryRun) : IDataKeyPairRequest;

public sealed record GenerateDataKeyPairResponse(
    byte[] PrivateKeyCiphertextBlob, byte[] PrivateKeyPlaintext, byte[] PublicKey, string KeyId, string KeyPairSpec, string? KeyMaterialId);

/// <summary>Makes a data key pair and returns its public key, its private key in plaintext, and its private key encrypted under a
/// symmetric key (with the encryption context), for the caller to sign or decrypt locally.</summary>
public sealed class GenerateDataKeyPair(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : DataKeyPairOperation<GenerateDataKeyPairRequest, GenerateDataKeyPairResponse>(store, secrets, arns, lookup)
{
    public override string Name => "GenerateDataKeyPair";

    protected override bool ReturnsPrivateKey => true;

    protected override void Check(GenerateDataKeyPairRequest request)
    {
        if (request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Recipient (Nitro Enclaves attestation) is not supported by this server.");
        }
    }

    protected override GenerateDataKeyPairResponse Answer(KeyRecord key, DataKeyPairs.Pair pair, byte[] privateKeyCiphertext, GenerateDataKeyPairRequest request) =>
        new(privateKeyCiphertext, pair.PrivateKey, pair.PublicKey, key.Arn, request.KeyPairSpec, key.CurrentMaterial.MaterialId);
}
