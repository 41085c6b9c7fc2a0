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

/// <summary>Imports material wrapped under the public key of GetParametersForImport. The first import makes the key
/// Enabled; later, EXISTING_KEY_MATERIAL (the default once material was imported) takes only the same material again
/// (after DeleteImportedKeyMaterial, or to change its expiry), and NEW_KEY_MATERIAL gives a single-Region symmetric key
/// new material in PENDING_ROTATION, which RotateKeyOnDemand then makes current. Material that expires is deleted when
/// its time comes.</summary>
public sealed class ImportKeyMaterial(IStore store, SecretProtector secrets, KeyArnResolver arns, KeyCache keys) : KmsOperation<ImportKeyMaterialRequest, ImportKeyMaterialResponse>
{
    private const string Expires = "KEY_MATERIAL_EXPIRES";
    private const string DoesNotExpire = "KEY_MATERIAL_DOES_NOT_EXPIRE";
    private const string NewMaterial = "NEW_KEY_MATERIAL";
    private const string ExistingMaterial = "EXISTING_KEY_MATERIAL";

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
        if (request.ImportType is not (null or NewMaterial or ExistingMaterial))
        {
            throw KmsErrors.Validation($"ImportType {request.ImportType} is not valid.");
        }
        if (request.ImportType == NewMaterial && request.KeyMaterialId is not null)
        {
            throw KmsErrors.Validation("You cannot specify a KeyMaterialId with ImportType NEW_KEY_MATERIAL.");
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
            var import = key.Import ?? new ImportedMaterial(null, null, null, null);
            var parameters = import.Parameters;
            var tokenHash = SHA256.HashData(request.ImportToken);
            if (parameters is null || !CryptographicOperations.FixedTimeEquals(tokenHash, Convert.FromBase64String(parameters.TokenHash)))
            {
                throw KmsErrors.InvalidImportToken();
            }
            if (parameters.ValidTo <= call.Time)
            {
                throw KmsErrors.ExpiredImportToken();
            }
            var isNew = (request.ImportType ?? (import.MaterialId is null ? NewMaterial : ExistingMaterial)) == NewMaterial;
            if (isNew && import.MaterialId is not null)
            {
                RequireRotatableByImport(key);
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
                var id = KeyMaterialVault.MaterialId(material);
                materialId = id;
                if (request.KeyMaterialId is not null && request.KeyMaterialId != id)
                {
                    throw KmsErrors.IncorrectKeyMaterial($"The key material does not have the KeyMaterialId {request.KeyMaterialId}.");
                }
                if (isNew && import.MaterialId is not null)
                {
                    if (key.Materials.Any(m => m.MaterialId == id) || import.MaterialId == id)
                    {
                        throw KmsErrors.IncorrectKeyMaterial("This key material is already associated with this KMS key; import it with ImportType EXISTING_KEY_MATERIAL.");
                    }
                    var version = Math.Max(import.MaterialVersion, key.Materials.Count > 0 ? key.CurrentMaterial.Version : 0) + 1;
                    var pending = new PendingMaterial(vault.Seal(key.Arn, version, material), model, request.ValidTo, request.KeyMaterialDescription);
                    return key with { Import = import with { Parameters = parameters, Pending = pending } };
                }
                if (import.MaterialId is not null && import.MaterialId != id)
                {
                    throw import.Pending?.Material.MaterialId == id
                        ? KmsErrors.IncorrectKeyMaterial("This key material is pending rotation; RotateKeyOnDemand makes it current.")
                        : KmsErrors.IncorrectKeyMaterial("The key material doesn't match the key material that was previously imported into this KMS key.");
                }
                var replaced = key.Materials.FirstOrDefault(m => m.Version == import.MaterialVersion);
                var current = vault.Seal(key.Arn, import.MaterialVersion, material) with
                {
                    RotationDate = replaced?.RotationDate,
                    RotationType = replaced?.RotationType,
                };
                return key with
                {
                    // The earlier versions of a rotated key stay; the current one is (re)placed.
                    Materials = [.. key.Materials.Where(m => m.Version != import.MaterialVersion), current],
                    KeyState = key.KeyState == KeyState.PendingImport ? KeyState.Enabled : key.KeyState,
                    Import = import with
                    {
                        MaterialId = id,
                        ExpirationModel = model,
                        ValidTo = request.ValidTo,
                        Parameters = parameters,
                        Description = request.KeyMaterialDescription ?? import.Description,
                    },
                };
            }
            finally
            {
                CryptographicOperations.ZeroMemory(material);
            }
        }, cancellationToken);
        if (request.ValidTo is { } expiry && key.Import?.Pending?.Material.MaterialId != materialId)
        {
            await DueWork.ScheduleAsync(store, DueWork.Expiry, expiry, key, cancellationToken);
        }
        return new ImportKeyMaterialResponse(key.Arn, materialId!);
    }

    /// <summary>As in AWS, only symmetric encryption keys take new material after the first import; multi-Region
    /// ones need the replica imports AWS coordinates, which this server does not do.</summary>
    private static void RequireRotatableByImport(KeyRecord key)
    {
        if (key.KeySpec != KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.Unsupported($"{key.Arn} has key spec {key.KeySpec}: only symmetric encryption keys take new key material after the first import.");
        }
        if (key.IsMultiRegion)
        {
            throw KmsErrors.Unsupported($"{key.Arn} is a multi-Region key: importing new key material into multi-Region keys is not supported by this server.");
        }
    }
}
