using Rampart.Kms.Keys;

namespace Rampart.Kms.Import;

/// <summary>What a key of origin EXTERNAL knows about its imported material.</summary>
/// <param name="MaterialId">The KeyMaterialId of the current material: a re-import (EXISTING_KEY_MATERIAL) must be the same material.</param>
/// <param name="ExpirationModel">KEY_MATERIAL_EXPIRES or KEY_MATERIAL_DOES_NOT_EXPIRE; null before the first import.</param>
/// <param name="ValidTo">When the material expires and is deleted.</param>
/// <param name="Parameters">The import parameters last handed out by GetParametersForImport.</param>
/// <param name="MaterialVersion">The material version <see cref="MaterialId"/> has, so a re-import after a deletion seals it as that version again.</param>
/// <param name="Description">The KeyMaterialDescription given with the current material.</param>
/// <param name="Pending">New material imported with NEW_KEY_MATERIAL that RotateKeyOnDemand will make current.</param>
public sealed record ImportedMaterial(
    string? MaterialId,
    string? ExpirationModel,
    DateTimeOffset? ValidTo,
    ImportParameters? Parameters,
    int MaterialVersion = 1,
    string? Description = null,
    PendingMaterial? Pending = null);

/// <summary>Imported material in PENDING_ROTATION: sealed as the version it will have once current, with the
/// expiry and description it was imported with.</summary>
public sealed record PendingMaterial(KeyMaterialRecord Material, string ExpirationModel, DateTimeOffset? ValidTo, string? Description);
