using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GetPublicKeyRequest(string KeyId, IReadOnlyList<string>? GrantTokens);

public sealed record GetPublicKeyResponse(
    string KeyId,
    byte[] PublicKey,
    string CustomerMasterKeySpec,
    string KeySpec,
    string KeyUsage,
    IReadOnlyList<string>? EncryptionAlgorithms,
    IReadOnlyList<string>? SigningAlgorithms,
    IReadOnlyList<string>? KeyAgreementAlgorithms);

/// <summary>Returns an asymmetric key's public key as DER SubjectPublicKeyInfo.</summary>
public sealed class GetPublicKey(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<GetPublicKeyRequest, GetPublicKeyResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "GetPublicKey";

    protected override OperationDeclaration<GetPublicKeyRequest> Declaration { get; } = new()
    {
        Action = "kms:GetPublicKey",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).KeyId(request.KeyId).Keys,
    };

    protected override async Task<GetPublicKeyResponse> HandleAsync(GetPublicKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        var spec = KeySpecs.Of(key);
        if (spec.Family is not (KeyFamily.Rsa or KeyFamily.Ecc or KeyFamily.MlDsa))
        {
            throw KmsErrors.Unsupported($"{key.Arn} key usage is {key.KeyUsage} which is not valid for GetPublicKey.");
        }
        KeyUse.Require(key, key.KeyUsage, Name);
        var publicKey = cipher.WithMaterial(key, material => PublicKeys.Of(spec, material));
        var metadata = KeyMetadata.Of(key);
        return new GetPublicKeyResponse(key.Arn, publicKey, key.KeySpec, key.KeySpec, key.KeyUsage, metadata.EncryptionAlgorithms, metadata.SigningAlgorithms,
            metadata.KeyAgreementAlgorithms);
    }
}
