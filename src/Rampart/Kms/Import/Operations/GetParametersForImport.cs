using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Crypto;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Import.Operations;

public sealed record GetParametersForImportRequest(string KeyId, string WrappingAlgorithm, string WrappingKeySpec);

public sealed record GetParametersForImportResponse(string KeyId, byte[] ImportToken, byte[] PublicKey, DateTimeOffset ParametersValidTo);

/// <summary>Hands out a fresh RSA wrapping key for importing material into a key of origin EXTERNAL, valid for 24
/// hours; its private key stays sealed with the key, named by the import token.</summary>
public sealed class GetParametersForImport(IStore store, SecretProtector secrets, KeyArnResolver arns, KeyCache keys)
    : KmsOperation<GetParametersForImportRequest, GetParametersForImportResponse>
{
    private static readonly TimeSpan Validity = TimeSpan.FromHours(24);

    public override string Name => "GetParametersForImport";

    protected override OperationDeclaration<GetParametersForImportRequest> Declaration { get; } = new()
    {
        Action = "kms:GetParametersForImport",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .Set("kms:WrappingAlgorithm", request.WrappingAlgorithm)
            .Set("kms:WrappingKeySpec", request.WrappingKeySpec)
            .Keys,
    };

    protected override async Task<GetParametersForImportResponse> HandleAsync(
        GetParametersForImportRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WrappingAlgorithms.Require(request.WrappingAlgorithm);
        var bits = request.WrappingKeySpec switch
        {
            "RSA_2048" => 2048,
            "RSA_3072" => 3072,
            "RSA_4096" => 4096,
            _ => throw KmsErrors.Unsupported($"WrappingKeySpec {request.WrappingKeySpec} is not supported by this server."),
        };
        var wrappingKey = KeyMaterialGenerator.GenerateRsa(bits);
        try
        {
            var token = RandomNumberGenerator.GetBytes(64);
            var validTo = call.Time + Validity;
            var key = await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key =>
            {
                ImportRules.RequireExternal(key, Name);
                if (KeyState.IsPendingDeletion(key.KeyState))
                {
                    throw KmsErrors.PendingDeletion(key.Arn);
                }
                var parameters = new ImportParameters(
                    Convert.ToBase64String(secrets.Protect(wrappingKey, ImportRules.WrappingKeyBinding(key.Arn))),
                    Convert.ToBase64String(SHA256.HashData(token)), request.WrappingAlgorithm, validTo);
                return key with { Import = (key.Import ?? new ImportedMaterial(null)) with { Parameters = parameters } };
            }, cancellationToken);
            return new GetParametersForImportResponse(key.Arn, token, PublicKeys.SubjectPublicKeyInfo(KeyFamily.Rsa, wrappingKey), validTo);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrappingKey);
        }
    }
}
