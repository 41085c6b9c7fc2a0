using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record ReEncryptRequest(
    byte[] CiphertextBlob,
    Dictionary<string, string>? SourceEncryptionContext,
    string? SourceKeyId,
    string DestinationKeyId,
    Dictionary<string, string>? DestinationEncryptionContext,
    string? SourceEncryptionAlgorithm,
    string? DestinationEncryptionAlgorithm,
    IReadOnlyList<string>? GrantTokens,
    bool? DryRun);

public sealed record ReEncryptResponse(
    byte[] CiphertextBlob, string SourceKeyId, string KeyId, string SourceEncryptionAlgorithm, string DestinationEncryptionAlgorithm);

/// <summary>Decrypts and encrypts again under another key (or context) without the plaintext leaving the server.</summary>
/// <remarks>As in AWS, the call needs kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination key.</remarks>
public sealed class ReEncrypt(SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup, KeyCache keys) : KmsOperation<ReEncryptRequest, ReEncryptResponse>
{
    private readonly Decryption decryption = new(secrets, keys, arns);
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "ReEncrypt";

    protected override OperationDeclaration<ReEncryptRequest> Declaration { get; } = new()
    {
        Action = "kms:ReEncryptFrom",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(CiphertextSource.AuthorizedArn(request.CiphertextBlob, request.SourceKeyId, arns, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.SourceKeyId)
            .EncryptionContext(request.SourceEncryptionContext)
            .Set("kms:EncryptionAlgorithm", request.SourceEncryptionAlgorithm ?? KeySpecs.SymmetricDefault)
            .Set("kms:ReEncryptOnSameKey", SameKey(request, call, arns) ? "true" : "false")
            .Keys,
        AlsoRequired =
        [
            new()
            {
                Action = "kms:ReEncryptTo",
                ReadOnly = true,
                Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.DestinationKeyId, call), request.GrantTokens)],
                ContextKeys = (request, call) => new KmsConditionKeys(call)
                    .KeyId(request.DestinationKeyId)
                    .EncryptionContext(request.DestinationEncryptionContext)
                    .Set("kms:EncryptionAlgorithm", request.DestinationEncryptionAlgorithm ?? KeySpecs.SymmetricDefault)
                    .Set("kms:ReEncryptOnSameKey", SameKey(request, call, arns) ? "true" : "false")
                    .Keys,
            },
        ],
    };

    private static bool SameKey(ReEncryptRequest request, CallContext call, KeyArnResolver arns) =>
        CiphertextSource.AuthorizedArn(request.CiphertextBlob, request.SourceKeyId, arns, call) == arns.KeyArn(request.DestinationKeyId, call);

    protected override async Task<ReEncryptResponse> HandleAsync(ReEncryptRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var destination = await keys.RequireAsync(request.DestinationKeyId, call, arns, cancellationToken);
        KeyUse.Require(destination, KeySpecs.EncryptDecrypt, Name);
        var algorithm = request.DestinationEncryptionAlgorithm ?? KeySpecs.SymmetricDefault;
        KeyUse.RequireAlgorithm(KeySpecs.Of(destination).EncryptionAlgorithms, algorithm, destination.Arn);
        var source = await decryption.DecryptAsync(
            request.CiphertextBlob, request.SourceKeyId, request.SourceEncryptionContext, request.SourceEncryptionAlgorithm, Name, call, cancellationToken);
        try
        {
            DryRun.Stop(request.DryRun);
            var blob = cipher.Encrypt(destination, source.Plaintext, request.DestinationEncryptionContext, algorithm);
            return new ReEncryptResponse(blob, source.Key.Arn, destination.Arn, source.Algorithm, algorithm);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(source.Plaintext);
        }
    }
}
