using Rampart.Kms.Keys;

namespace Rampart.Kms.Import;

/// <summary>Reads a key stored by a build that kept one import state per key (that of its current material) into the
/// per-material form, so a data directory carries over: the current material gets its expiry and description back,
/// and material deleted then is known again by its ID, waiting for its re-import.</summary>
public static class LegacyImportUpgrade
{
    public static KeyRecord Apply(KeyRecord key)
    {
        if (key.Import is not { } import || (import.LegacyMaterialId is null && import.LegacyPending is null))
        {
            return key;
        }
        var materials = key.Materials.ToList();
        if (import.LegacyMaterialId is { } id)
        {
            var version = import.LegacyMaterialVersion ?? 1;
            var index = materials.FindIndex(m => m.Version == version);
            if (index < 0)
            {
                materials.Add(new KeyMaterialRecord(version, null, id, Description: import.LegacyDescription));
                materials.Sort((a, b) => a.Version.CompareTo(b.Version));
            }
            else
            {
                materials[index] = materials[index] with
                {
                    ExpirationModel = import.LegacyExpirationModel,
                    ValidTo = import.LegacyValidTo,
                    Description = import.LegacyDescription,
                };
            }
        }
        var pending = import.LegacyPending is { } legacy
            ? legacy.Material with { ExpirationModel = legacy.ExpirationModel, ValidTo = legacy.ValidTo, Description = legacy.Description }
            : import.PendingRotation;
        return key with { Materials = materials, Import = new ImportedMaterial(import.Parameters, pending) };
    }
}
