using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record SignRequest(
    string KeyId, byte[] Message, string? MessageType, IReadOnlyList<string>? GrantTokens, string SigningAlgorithm, bool? DryRun);

public sealed record SignResponse(string KeyId, byte[] Signature, string SigningAlgorithm);

/// <summary>Signs a message (RAW, hashed here) or a digest with an asymmetric SIGN_VERIFY key.</summary>
public sealed class Sign(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<SignRequest, SignResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "Sign";

    protected override OperationDeclaration<SignRequest> Declaration { get; } = new()
    {
        Action = "kms:Sign",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .Set("kms:SigningAlgorithm", request.SigningAlgorithm)
            .Set("kms:MessageType", request.MessageType ?? MessageTypes.Raw)
            .Keys,
    };

    protected override async Task<SignResponse> HandleAsync(SignRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.Require(key, KeySpecs.SignVerify, Name);
        KeyUse.RequireAlgorithm(KeySpecs.Of(key).SigningAlgorithms, request.SigningAlgorithm, key.Arn);
        var isDigest = MessageTypes.IsDigest(request.MessageType);
        DryRun.Stop(request.DryRun);
        var signature = cipher.WithMaterial(key, material => Signer.Sign(material, request.SigningAlgorithm, request.Message, isDigest));
        return new SignResponse(key.Arn, signature, request.SigningAlgorithm);
    }
}
