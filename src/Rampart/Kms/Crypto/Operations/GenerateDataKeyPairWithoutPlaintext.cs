using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateDataKeyPairWithoutPlaintextRequest(
    Dictionary<string, string>? EncryptionContext,
    string KeyId,
    string KeyPairSpec,
    IReadOnlyList<string>? GrantTokens,
    System.Text.Json.Nodes.JsonObject? Recipient,
    bool? DryRun);

public sealed record GenerateDataKeyPairWithoutPlaintextResponse(
    byte[] PrivateKeyCiphertextBlob, byte[] PublicKey, string KeyId, string KeyPairSpec, string? KeyMaterialId);

/// <summary>Makes a data key pair and returns its public key and its private key only encrypted under a symmetric key,
/// for a later Decrypt where the private key is needed.</summary>
public sealed class GenerateDataKeyPairWithoutPlaintext(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : KmsOperation<GenerateDataKeyPairWithoutPlaintextRequest, GenerateDataKeyPairWithoutPlaintextResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "GenerateDataKeyPairWithoutPlaintext";

    protected override OperationDeclaration<GenerateDataKeyPairWithoutPlaintextRequest> Declaration { get; } = new()
    {
        Action = "kms:GenerateDataKeyPairWithoutPlaintext",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", KeySpecs.SymmetricDefault)
            .Set("kms:DataKeyPairSpec", request.KeyPairSpec)
            .Keys,
    };

    protected override async Task<GenerateDataKeyPairWithoutPlaintextResponse> HandleAsync(
        GenerateDataKeyPairWithoutPlaintextRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Recipient (Nitro Enclaves attestation) is not supported by this server.");
        }
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.RequireSymmetric(key, Name);
        DryRun.Stop(request.DryRun);
        var pair = DataKeyPairs.Generate(request.KeyPairSpec);
        try
        {
            var blob = cipher.Encrypt(key, pair.PrivateKey, request.EncryptionContext, KeySpecs.SymmetricDefault);
            return new GenerateDataKeyPairWithoutPlaintextResponse(blob, pair.PublicKey, key.Arn, request.KeyPairSpec, key.CurrentMaterial.MaterialId);
        }
        finally
        {
            DataKeyPairs.Wipe(pair);
        }
    }
}
