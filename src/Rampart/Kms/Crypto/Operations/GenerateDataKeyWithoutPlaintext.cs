using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateDataKeyWithoutPlaintextRequest(
    string KeyId,
    Dictionary<string, string>? EncryptionContext,
    string? KeySpec,
    int? NumberOfBytes,
    IReadOnlyList<string>? GrantTokens,
    bool? DryRun);

public sealed record GenerateDataKeyWithoutPlaintextResponse(byte[] CiphertextBlob, string KeyId);

/// <summary>Makes a random data key and returns it only encrypted, for a later Decrypt where it is used.</summary>
public sealed class GenerateDataKeyWithoutPlaintext(SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup, KeyCache keys)
    : KmsOperation<GenerateDataKeyWithoutPlaintextRequest, GenerateDataKeyWithoutPlaintextResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "GenerateDataKeyWithoutPlaintext";

    protected override OperationDeclaration<GenerateDataKeyWithoutPlaintextRequest> Declaration { get; } = new()
    {
        Action = "kms:GenerateDataKeyWithoutPlaintext",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", KeySpecs.SymmetricDefault)
            .Keys,
    };

    protected override async Task<GenerateDataKeyWithoutPlaintextResponse> HandleAsync(
        GenerateDataKeyWithoutPlaintextRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var size = DataKeySize.Of(request.KeySpec, request.NumberOfBytes);
        var key = await keys.RequireAsync(request.KeyId, call, arns, cancellationToken);
        KeyUse.RequireSymmetric(key, Name);
        DryRun.Stop(request.DryRun);
        var dataKey = RandomNumberGenerator.GetBytes(size);
        try
        {
            return new GenerateDataKeyWithoutPlaintextResponse(cipher.Encrypt(key, dataKey, request.EncryptionContext, KeySpecs.SymmetricDefault), key.Arn);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
