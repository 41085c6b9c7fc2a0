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

/// <summary>Imports material wrapped under the public key of GetParametersForImport. NEW_KEY_MATERIAL (the default for
/// a key that never had material) gives a key its first material, or a symmetric key new material in
/// PENDING_ROTATION that RotateKeyOnDemand then makes current; EXISTING_KEY_MATERIAL (the default after) takes any
/// material the key already knows again: after a deletion or expiry, to change its expiry, or into a replica of a
/// multi-Region key, which learns every material of its primary but takes only the same material. A key becomes
/// Enabled once all of its materials are imported. Material that expires is deleted when its time comes.</summary>
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
        byte[]? material = null;
        ImportPlan? plan = null;
        try
        {
            var key = await new KeyUpdater(store, keys).UpdateAllCopiesAsync(request.KeyId, call,
                key =>
                {
                    if (material is not null)
                    {
                        CryptographicOperations.ZeroMemory(material);
                    }
                    material = Unwrap(key, request, call);
                    plan = Plan(key, request, material);
                },
                copy => copy.Region == plan!.Region
                    ? Take(copy, plan, vault.Seal(copy.Arn, plan.Version, material!) with { ExpirationModel = model, ValidTo = request.ValidTo }, request.KeyMaterialDescription)
                    : Learn(copy, plan),
                cancellationToken);
            if (request.ValidTo is { } expiry)
            {
                await DueWork.ScheduleAsync(store, DueWork.Expiry, expiry, key, cancellationToken);
            }
            return new ImportKeyMaterialResponse(key.Arn, plan!.MaterialId);
        }
        finally
        {
            if (material is not null)
            {
                CryptographicOperations.ZeroMemory(material);
            }
        }
    }

    /// <summary>Checks the key and the import token and opens the wrapped material.</summary>
    private byte[] Unwrap(KeyRecord key, ImportKeyMaterialRequest request, CallContext call)
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
        try
        {
            return WrappingAlgorithms.Unwrap(parameters.WrappingAlgorithm, wrappingKey, request.EncryptedKeyMaterial) ?? throw KmsErrors.InvalidCiphertext();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrappingKey);
        }
    }

    private static ImportPlan Plan(KeyRecord key, ImportKeyMaterialRequest request, byte[] material)
    {
        ImportedMaterialCheck.Require(KeySpecs.Of(key), material);
        var id = KeyMaterialVault.MaterialId(material);
        if (request.KeyMaterialId is not null && request.KeyMaterialId != id)
        {
            throw KmsErrors.IncorrectKeyMaterial($"The key material does not have the KeyMaterialId {request.KeyMaterialId}.");
        }
        var pending = key.Import?.PendingRotation;
        var knowsMaterial = key.Materials.Count > 0 || pending is not null;
        if ((request.ImportType ?? (knowsMaterial || !key.IsPrimary ? ExistingMaterial : NewMaterial)) == NewMaterial)
        {
            if (!key.IsPrimary)
            {
                throw KmsErrors.Unsupported(
                    $"{key.Arn} is a multi-Region replica key: import new key material into its primary key in {key.MultiRegion!.PrimaryRegion}, then the same material into each replica with ImportType EXISTING_KEY_MATERIAL.");
            }
            if (!knowsMaterial)
            {
                return new ImportPlan(key.Region, ImportPlan.Kinds.First, 1, id);
            }
            RequireRotatableByImport(key);
            if (key.Materials.Any(m => m.MaterialId == id) || pending?.MaterialId == id)
            {
                throw KmsErrors.IncorrectKeyMaterial("This key material is already associated with this KMS key; import it with ImportType EXISTING_KEY_MATERIAL.");
            }
            return new ImportPlan(key.Region, ImportPlan.Kinds.PendingRotation, key.CurrentMaterial.Version + 1, id);
        }
        if (pending?.MaterialId == id)
        {
            return new ImportPlan(key.Region, ImportPlan.Kinds.ExistingPendingRotation, pending.Version, id);
        }
        var existing = key.Materials.FirstOrDefault(m => m.MaterialId == id) ?? throw KmsErrors.IncorrectKeyMaterial(knowsMaterial
            ? "The key material doesn't match any key material associated with this KMS key."
            : $"{key.Arn} has no key material yet: import it into the primary key in {key.MultiRegion!.PrimaryRegion} first.");
        return new ImportPlan(key.Region, ImportPlan.Kinds.Existing, existing.Version, id);
    }

    /// <summary>The named key with the material in it; a description given before is kept when none is given now.</summary>
    private static KeyRecord Take(KeyRecord key, ImportPlan plan, KeyMaterialRecord material, string? description)
    {
        var import = key.Import ?? new ImportedMaterial(null);
        var taken = plan.Kind switch
        {
            ImportPlan.Kinds.First => key with { Materials = [material with { Description = description }] },
            ImportPlan.Kinds.PendingRotation => key with { Import = import with { PendingRotation = material with { Description = description } } },
            ImportPlan.Kinds.ExistingPendingRotation => key with
            {
                Import = import with { PendingRotation = material with { Description = description ?? import.PendingRotation!.Description } },
            },
            _ => key with
            {
                Materials = [.. key.Materials.Select(m => m.Version == plan.Version
                    ? m with { Protected = material.Protected, ExpirationModel = material.ExpirationModel, ValidTo = material.ValidTo, Description = description ?? m.Description }
                    : m)],
            },
        };
        return taken.KeyState == KeyState.PendingImport && ImportRules.AllImported(taken) ? taken with { KeyState = KeyState.Enabled } : taken;
    }

    /// <summary>Another Region's copy of a multi-Region key: it learns of material new to the primary, which it then
    /// waits for.</summary>
    private static KeyRecord Learn(KeyRecord copy, ImportPlan plan)
    {
        var unknown = new KeyMaterialRecord(plan.Version, null, plan.MaterialId);
        return plan.Kind switch
        {
            ImportPlan.Kinds.First when copy.Materials.All(m => m.Version != plan.Version) => copy with
            {
                Materials = [.. copy.Materials, unknown],
                KeyState = ImportRules.StateWithoutMaterial(copy),
            },
            ImportPlan.Kinds.PendingRotation => copy with { Import = (copy.Import ?? new ImportedMaterial(null)) with { PendingRotation = unknown } },
            _ => copy,
        };
    }

    /// <summary>As in AWS, only symmetric encryption keys take new material after the first import.</summary>
    private static void RequireRotatableByImport(KeyRecord key)
    {
        if (key.KeySpec != KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.Unsupported($"{key.Arn} has key spec {key.KeySpec}: only symmetric encryption keys take new key material after the first import.");
        }
    }
}
