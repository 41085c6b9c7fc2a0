using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record EncryptRequest(
    string KeyId,
    byte[] Plaintext,
    Dictionary<string, string>? EncryptionContext,
    IReadOnlyList<string>? GrantTokens,
    string? EncryptionAlgorithm,
    bool? DryRun);

public sealed record EncryptResponse(byte[] CiphertextBlob, string KeyId, string EncryptionAlgorithm);

/// <summary>Encrypts up to 4 KiB under a symmetric key (AES-256-GCM, the encryption context authenticated) or an RSA key (OAEP).</summary>
public sealed class Encrypt(SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup, KeyCache keys) : KmsOperation<EncryptRequest, EncryptResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "Encrypt";

    protected override OperationDeclaration<EncryptRequest> Declaration { get; } = new()
    {
        Action = "kms:Encrypt",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", request.EncryptionAlgorithm ?? KeySpecs.SymmetricDefault)
            .Keys,
    };

    protected override async Task<EncryptResponse> HandleAsync(EncryptRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = await keys.RequireAsync(request.KeyId, call, arns, cancellationToken);
        KeyUse.Require(key, KeySpecs.EncryptDecrypt, Name);
        var algorithm = request.EncryptionAlgorithm ?? KeySpecs.SymmetricDefault;
        KeyUse.RequireAlgorithm(KeySpecs.Of(key).EncryptionAlgorithms, algorithm, key.Arn);
        DryRun.Stop(request.DryRun);
        return new EncryptResponse(cipher.Encrypt(key, request.Plaintext, request.EncryptionContext, algorithm), key.Arn, algorithm);
    }
}
