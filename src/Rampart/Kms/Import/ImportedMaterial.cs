namespace Rampart.Kms.Import;

/// <summary>What a key of origin EXTERNAL knows about its imported material.</summary>
/// <param name="MaterialId">The KeyMaterialId of the first material imported: a later import must be the same material.</param>
/// <param name="ExpirationModel">KEY_MATERIAL_EXPIRES or KEY_MATERIAL_DOES_NOT_EXPIRE; null before the first import.</param>
/// <param name="ValidTo">When the material expires and is deleted.</param>
/// <param name="Parameters">The import parameters last handed out by GetParametersForImport.</param>
public sealed record ImportedMaterial(string? MaterialId, string? ExpirationModel, DateTimeOffset? ValidTo, ImportParameters? Parameters);
