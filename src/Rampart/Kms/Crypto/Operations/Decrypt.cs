using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record DecryptRequest(
    byte[] CiphertextBlob,
    Dictionary<string, string>? EncryptionContext,
    IReadOnlyList<string>? GrantTokens,
    string? KeyId,
    string? EncryptionAlgorithm,
    System.Text.Json.Nodes.JsonObject? Recipient,
    bool? DryRun);

public sealed record DecryptResponse(string KeyId, byte[] Plaintext, string EncryptionAlgorithm);

/// <summary>Decrypts what Encrypt, GenerateDataKey or ReEncrypt made; the encryption context must match exactly.</summary>
public sealed class Decrypt(SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup, KeyCache keys) : KmsOperation<DecryptRequest, DecryptResponse>
{
    private readonly Decryption decryption = new(secrets, keys, arns);

    public override string Name => "Decrypt";

    protected override OperationDeclaration<DecryptRequest> Declaration { get; } = new()
    {
        Action = "kms:Decrypt",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(CiphertextSource.AuthorizedArn(request.CiphertextBlob, request.KeyId, arns, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", request.EncryptionAlgorithm ?? KeySpecs.SymmetricDefault)
            .Keys,
    };

    protected override async Task<DecryptResponse> HandleAsync(DecryptRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Recipient (Nitro Enclaves attestation) is not supported by this server.");
        }
        var result = await decryption.DecryptAsync(
            request.CiphertextBlob, request.KeyId, request.EncryptionContext, request.EncryptionAlgorithm, Name, call, cancellationToken);
        DryRun.Stop(request.DryRun);
        return new DecryptResponse(result.Key.Arn, result.Plaintext, result.Algorithm);
    }
}
