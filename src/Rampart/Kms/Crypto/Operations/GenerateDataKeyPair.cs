using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateDataKeyPairRequest(
    Dictionary<string, string>? EncryptionContext,
    string KeyId,
    string KeyPairSpec,
    IReadOnlyList<string>? GrantTokens,
    System.Text.Json.Nodes.JsonObject? Recipient,
    bool? DryRun);

public sealed record GenerateDataKeyPairResponse(
    byte[] PrivateKeyCiphertextBlob, byte[] PrivateKeyPlaintext, byte[] PublicKey, string KeyId, string KeyPairSpec, string? KeyMaterialId);

/// <summary>Makes a data key pair and returns its public key, its private key in plaintext, and its private key encrypted under a
/// symmetric key (with the encryption context), for the caller to sign or decrypt locally.</summary>
public sealed class GenerateDataKeyPair(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : KmsOperation<GenerateDataKeyPairRequest, GenerateDataKeyPairResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "GenerateDataKeyPair";

    protected override OperationDeclaration<GenerateDataKeyPairRequest> Declaration { get; } = new()
    {
        Action = "kms:GenerateDataKeyPair",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", KeySpecs.SymmetricDefault)
            .Set("kms:DataKeyPairSpec", request.KeyPairSpec)
            .Keys,
    };

    protected override async Task<GenerateDataKeyPairResponse> HandleAsync(
        GenerateDataKeyPairRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Recipient (Nitro Enclaves attestation) is not supported by this server.");
        }
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.RequireSymmetric(key, Name);
        DryRun.Stop(request.DryRun);
        // The plaintext private key is the answer itself, so it is not wiped here.
        var pair = DataKeyPairs.Generate(request.KeyPairSpec);
        var blob = cipher.Encrypt(key, pair.PrivateKey, request.EncryptionContext, KeySpecs.SymmetricDefault);
        return new GenerateDataKeyPairResponse(blob, pair.PrivateKey, pair.PublicKey, key.Arn, request.KeyPairSpec, key.CurrentMaterial.MaterialId);
    }
}
