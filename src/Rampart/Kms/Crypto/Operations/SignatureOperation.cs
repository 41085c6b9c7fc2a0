using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

/// <summary>What Sign and Verify are asked.</summary>
public interface ISignatureRequest
{
    string KeyId { get; }

    byte[] Message { get; }

    string? MessageType { get; }

    string SigningAlgorithm { get; }

    IReadOnlyList<string>? GrantTokens { get; }

    bool? DryRun { get; }
}

/// <summary>Sign and Verify: the same authorization, key checks and message handling; they differ only in what they
/// do with the private key.</summary>
public abstract class SignatureOperation<TRequest, TResponse>(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : KmsOperation<TRequest, TResponse>
    where TRequest : ISignatureRequest
{
    private readonly KeyCipher cipher = new(secrets);

    protected sealed override OperationDeclaration<TRequest> Declaration => field ??= new()
    {
        Action = $"kms:{Name}",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .Set("kms:SigningAlgorithm", request.SigningAlgorithm)
            .Set("kms:MessageType", request.MessageType ?? MessageTypes.Raw)
            .Keys,
    };

    /// <summary>The answer, given the key's private key (PKCS#8) and the checked message type.</summary>
    protected abstract TResponse Answer(KeyRecord key, byte[] privateKey, TRequest request, string messageType);

    protected sealed override async Task<TResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.Require(key, KeySpecs.SignVerify, Name);
        KeyUse.RequireAlgorithm(KeySpecs.Of(key).SigningAlgorithms, request.SigningAlgorithm, key.Arn);
        var messageType = MessageTypes.Require(request.MessageType, request.SigningAlgorithm, request.Message);
        DryRun.Stop(request.DryRun);
        return cipher.WithMaterial(key, material => Answer(key, material, request, messageType));
    }
}
