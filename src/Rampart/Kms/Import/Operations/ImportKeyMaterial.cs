using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Kms.Maintenance;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Import.Operations;

public sealed record ImportKeyMaterialRequest(
    string KeyId,
    byte[] ImportToken,
    byte[] EncryptedKeyMaterial,
    DateTimeOffset? ValidTo,
    string? ExpirationModel,
    string? ImportType,
    string? KeyMaterialDescription,
    string? KeyMaterialId);

public sealed record ImportKeyMaterialResponse(string KeyId, string KeyMaterialId);

/// <summary>Imports material wrapped under the public key of GetParametersForImport. The key becomes Enabled; a key
/// takes only ever the same material again after DeleteImportedKeyMaterial; material that expires is deleted when
/// its time comes.</summary>
public sealed class ImportKeyMaterial(IStore store, SecretProtector secrets, KeyArnResolver arns, KeyCache keys) : KmsOperation<ImportKeyMaterialRequest, ImportKeyMaterialResponse>
{
    private const string Expires = "KEY_MATERIAL_EXPIRES";
    private const string DoesNotExpire = "KEY_MATERIAL_DOES_NOT_EXPIRE";

    public override string Name => "ImportKeyMaterial";

    protected override OperationDeclaration<ImportKeyMaterialRequest> Declaration { get; } = new()
    {
        Action = "kms:ImportKeyMaterial",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .Set("kms:ExpirationModel", request.ExpirationModel ?? (request.ValidTo is null ? DoesNotExpire : Expires))
            .Set("kms:ValidTo", request.ValidTo?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Keys,
    };

    protected override async Task<ImportKeyMaterialResponse> HandleAsync(ImportKeyMaterialRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var model = request.ExpirationModel ?? (request.ValidTo is null ? DoesNotExpire : Expires);
        if ((model == Expires) != (request.ValidTo is not null) || model is not (Expires or DoesNotExpire))
        {
            throw KmsErrors.Validation("ValidTo is required when ExpirationModel is KEY_MATERIAL_EXPIRES and not allowed when it is KEY_MATERIAL_DOES_NOT_EXPIRE.");
        }
        if (request.ValidTo is { } validTo && (validTo < call.Time.AddMinutes(10) || validTo > call.Time.AddDays(365)))
        {
            throw KmsErrors.Validation("ValidTo must be between 10 minutes and 365 days from now.");
        }
        if (request.ImportType is "NEW_KEY_MATERIAL")
        {
            throw KmsErrors.Unsupported("Importing new key material to rotate a key is not supported by this server.");
        }
        var vault = new KeyMaterialVault(secrets);
        string? materialId = null;
        var key = await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key =>
        {
            ImportRules.RequireExternal(key, Name);
            if (KeyState.IsPendingDeletion(key.KeyState))
            {
                throw KmsErrors.PendingDeletion(key.Arn);
            }
            var parameters = key.Import?.Parameters;
            var tokenHash = SHA256.HashData(request.ImportToken);
            if (parameters is null || !CryptographicOperations.FixedTimeEquals(tokenHash, Convert.FromBase64String(parameters.TokenHash)))
            {
                throw KmsErrors.InvalidImportToken();
            }
            if (parameters.ValidTo <= call.Time)
            {
                throw KmsErrors.ExpiredImportToken();
            }
            var wrappingKey = secrets.Unprotect(Convert.FromBase64String(parameters.SealedPrivateKey), ImportRules.WrappingKeyBinding(key.Arn));
            var material = WrappingAlgorithms.Unwrap(parameters.WrappingAlgorithm, wrappingKey, request.EncryptedKeyMaterial);
            CryptographicOperations.ZeroMemory(wrappingKey);
            if (material is null)
            {
                throw KmsErrors.InvalidCiphertext();
            }
            try
            {
                ImportedMaterialCheck.Require(KeySpecs.Of(key), material);
                var sealedMaterial = vault.Seal(key.Arn, 1, material);
                if (key.Import?.MaterialId is { } previous && previous != sealedMaterial.MaterialId)
                {
                    throw KmsErrors.IncorrectKeyMaterial("The key material doesn't match the key material that was previously imported into this KMS key.");
                }
                materialId = sealedMaterial.MaterialId;
                return key with
                {
                    Materials = [sealedMaterial],
                    KeyState = key.KeyState == KeyState.PendingImport ? KeyState.Enabled : key.KeyState,
                    Import = new ImportedMaterial(sealedMaterial.MaterialId, model, request.ValidTo, parameters),
                };
            }
            finally
            {
                CryptographicOperations.ZeroMemory(material);
            }
        }, cancellationToken);
        if (request.ValidTo is { } expiry)
        {
            await DueWork.ScheduleAsync(store, DueWork.Expiry, expiry, key, cancellationToken);
        }
        return new ImportKeyMaterialResponse(key.Arn, materialId!);
    }
}
