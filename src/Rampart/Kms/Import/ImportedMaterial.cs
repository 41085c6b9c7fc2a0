using System.Text.Json.Serialization;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Import;

/// <summary>What a key of origin EXTERNAL keeps about importing besides its materials, which carry their own import
/// state, expiry and description.</summary>
/// <param name="Parameters">The import parameters last handed out by GetParametersForImport.</param>
/// <param name="PendingRotation">New material imported with NEW_KEY_MATERIAL that RotateKeyOnDemand will make current,
/// sealed as the version it will then have. A replica of a multi-Region key knows it (not present) as soon as the
/// primary has it, and holds it once the same material is imported into the replica.</param>
public sealed record ImportedMaterial(ImportParameters? Parameters, KeyMaterialRecord? PendingRotation = null)
{
    /// <summary>What builds before per-material import state wrote; <see cref="LegacyImportUpgrade"/> moves it onto the materials.</summary>
    [JsonPropertyName("MaterialId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegacyMaterialId { get; init; }

    [JsonPropertyName("ExpirationModel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegacyExpirationModel { get; init; }

    [JsonPropertyName("ValidTo"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? LegacyValidTo { get; init; }

    [JsonPropertyName("MaterialVersion"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? LegacyMaterialVersion { get; init; }

    [JsonPropertyName("Description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegacyDescription { get; init; }

    [JsonPropertyName("Pending"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LegacyPendingMaterial? LegacyPending { get; init; }
}

/// <summary>Pending material as builds before per-material import state wrote it.</summary>
public sealed record LegacyPendingMaterial(KeyMaterialRecord Material, string ExpirationModel, DateTimeOffset? ValidTo, string? Description);
