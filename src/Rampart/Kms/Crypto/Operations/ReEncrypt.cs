using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
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
/// <remarks>AWS authorizes kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination key; a
/// declaration carries one action, so only ReEncryptFrom is enforced here until declarations can carry two.</remarks>
public sealed class ReEncrypt(IStore store, SecretProtector secrets, KeyArnResolver arns) : KmsOperation<ReEncryptRequest, ReEncryptResponse>
{
    private readonly Decryption decryption = new(store, secrets);
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "ReEncrypt";

    protected override OperationDeclaration<ReEncryptRequest> Declaration { get; } = new()
    {
        Action = "kms:ReEncryptFrom",
        ReadOnly = true,
        Resources = (request, call) => [CiphertextSource.AuthorizedArn(request.CiphertextBlob, request.SourceKeyId, arns, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.SourceKeyId)
            .EncryptionContext(request.SourceEncryptionContext)
            .Set("kms:EncryptionAlgorithm", request.SourceEncryptionAlgorithm ?? KeySpecs.SymmetricDefault)
            .Keys,
    };

    protected override async Task<ReEncryptResponse> HandleAsync(ReEncryptRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var destination = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.DestinationKeyId, call), call, crossAccount: true, cancellationToken)).Key;
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
