using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record VerifyRequest(
    string KeyId, byte[] Message, string? MessageType, byte[] Signature, string SigningAlgorithm, IReadOnlyList<string>? GrantTokens, bool? DryRun)
    : ISignatureRequest;

public sealed record VerifyResponse(string KeyId, bool SignatureValid, string SigningAlgorithm);

/// <summary>Checks a signature; an invalid one is KMSInvalidSignatureException, as in AWS.</summary>
public sealed class Verify(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : SignatureOperation<VerifyRequest, VerifyResponse>(store, secrets, arns, lookup)
{
    public override string Name => "Verify";

    protected override VerifyResponse Answer(KeyRecord key, byte[] privateKey, VerifyRequest request, string messageType) =>
        Signer.Verify(key.KeySpec, privateKey, request.SigningAlgorithm, request.Message, messageType, request.Signature)
            ? new(key.Arn, true, request.SigningAlgorithm)
            : throw KmsErrors.KmsInvalidSignature();
}
