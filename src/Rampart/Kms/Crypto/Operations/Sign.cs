using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record SignRequest(
    string KeyId, byte[] Message, string? MessageType, IReadOnlyList<string>? GrantTokens, string SigningAlgorithm, bool? DryRun) : ISignatureRequest;

public sealed record SignResponse(string KeyId, byte[] Signature, string SigningAlgorithm);

/// <summary>Signs a message (RAW, hashed here) or a digest with an asymmetric SIGN_VERIFY key.</summary>
public sealed class Sign(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : SignatureOperation<SignRequest, SignResponse>(store, secrets, arns, lookup)
{
    public override string Name => "Sign";

    protected override SignResponse Answer(KeyRecord key, byte[] privateKey, SignRequest request, string messageType) =>
        new(key.Arn, Signer.Sign(key.KeySpec, privateKey, request.SigningAlgorithm, request.Message, messageType), request.SigningAlgorithm);
}
