using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record VerifyRequest(
    string KeyId, byte[] Message, string? MessageType, byte[] Signature, string SigningAlgorithm, IReadOnlyList<string>? GrantTokens, bool? DryRun);

public sealed record VerifyResponse(string KeyId, bool SignatureValid, string SigningAlgorithm);

/// <summary>Checks a signature; an invalid one is KMSInvalidSignatureException, as in AWS.</summary>
public sealed class Verify(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<VerifyRequest, VerifyResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "Verify";

    protected override OperationDeclaration<VerifyRequest> Declaration { get; } = new()
    {
        Action = "kms:Verify",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .Set("kms:SigningAlgorithm", request.SigningAlgorithm)
            .Set("kms:MessageType", request.MessageType ?? MessageTypes.Raw)
            .Keys,
    };

    protected override async Task<VerifyResponse> HandleAsync(VerifyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.Require(key, KeySpecs.SignVerify, Name);
        KeyUse.RequireAlgorithm(KeySpecs.Of(key).SigningAlgorithms, request.SigningAlgorithm, key.Arn);
        var isDigest = MessageTypes.IsDigest(request.MessageType);
        DryRun.Stop(request.DryRun);
        var valid = cipher.WithMaterial(key, material => Signer.Verify(material, request.SigningAlgorithm, request.Message, isDigest, request.Signature));
        return valid ? new VerifyResponse(key.Arn, true, request.SigningAlgorithm) : throw KmsErrors.KmsInvalidSignature();
    }
}
