using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record DeriveSharedSecretRequest(
    string KeyId,
    string KeyAgreementAlgorithm,
    byte[] PublicKey,
    IReadOnlyList<string>? GrantTokens,
    bool? DryRun,
    System.Text.Json.Nodes.JsonObject? Recipient);

public sealed record DeriveSharedSecretResponse(string KeyId, byte[] SharedSecret, string KeyAgreementAlgorithm, string KeyOrigin);

/// <summary>ECDH with a KEY_AGREEMENT key's private key, which never leaves the server, and the caller's public key.</summary>
public sealed class DeriveSharedSecret(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : KmsOperation<DeriveSharedSecretRequest, DeriveSharedSecretResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "DeriveSharedSecret";

    protected override OperationDeclaration<DeriveSharedSecretRequest> Declaration { get; } = new()
    {
        Action = "kms:DeriveSharedSecret",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .Set("kms:KeyAgreementAlgorithm", request.KeyAgreementAlgorithm)
            .Keys,
    };

    protected override async Task<DeriveSharedSecretResponse> HandleAsync(DeriveSharedSecretRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Recipient (Nitro Enclaves attestation) is not supported by this server.");
        }
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.Require(key, KeySpecs.KeyAgreement, Name);
        KeyUse.RequireAlgorithm([KeySpecs.Ecdh], request.KeyAgreementAlgorithm, key.Arn);
        DryRun.Stop(request.DryRun);
        var secret = cipher.WithMaterial(key, material => KeyAgreement.DeriveSharedSecret(material, request.PublicKey));
        return new DeriveSharedSecretResponse(key.Arn, secret, KeySpecs.Ecdh, key.Origin);
    }
}
