using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateDataKeyRequest(
    string KeyId,
    Dictionary<string, string>? EncryptionContext,
    int? NumberOfBytes,
    string? KeySpec,
    IReadOnlyList<string>? GrantTokens,
    System.Text.Json.Nodes.JsonObject? Recipient,
    bool? DryRun);

public sealed record GenerateDataKeyResponse(byte[] CiphertextBlob, byte[] Plaintext, string KeyId);

/// <summary>Makes a random data key and returns it both in plaintext and encrypted under a symmetric key, for
/// envelope encryption done by the caller.</summary>
public sealed class GenerateDataKey(SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup, KeyCache keys) : KmsOperation<GenerateDataKeyRequest, GenerateDataKeyResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "GenerateDataKey";

    protected override OperationDeclaration<GenerateDataKeyRequest> Declaration { get; } = new()
    {
        Action = "kms:GenerateDataKey",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", KeySpecs.SymmetricDefault)
            .Keys,
    };

    protected override async Task<GenerateDataKeyResponse> HandleAsync(GenerateDataKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Recipient is not null)
        {
            throw KmsErrors.Unsupported("Recipient (Nitro Enclaves attestation) is not supported by this server.");
        }
        var size = DataKeySize.Of(request.KeySpec, request.NumberOfBytes);
        var key = await keys.RequireAsync(request.KeyId, call, arns, cancellationToken);
        KeyUse.RequireSymmetric(key, Name);
        DryRun.Stop(request.DryRun);
        var dataKey = RandomNumberGenerator.GetBytes(size);
        return new GenerateDataKeyResponse(cipher.Encrypt(key, dataKey, request.EncryptionContext, KeySpecs.SymmetricDefault), dataKey, key.Arn);
    }
}
