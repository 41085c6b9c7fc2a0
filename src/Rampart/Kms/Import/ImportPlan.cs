namespace Rampart.Kms.Import;

/// <summary>What one ImportKeyMaterial call does, decided on the key named (in <see cref="Region"/>) and then applied to
/// each copy of it: the named copy takes the material, the other Regions' copies of a multi-Region key learn of it.</summary>
public sealed record ImportPlan(string Region, ImportPlan.Kinds Kind, int Version, string MaterialId)
{
    public enum Kinds
    {
        /// <summary>The key's first material.</summary>
        First,

        /// <summary>New material for on-demand rotation (NEW_KEY_MATERIAL after the first import).</summary>
        PendingRotation,

        /// <summary>Material the key already knows, imported again (EXISTING_KEY_MATERIAL).</summary>
        Existing,

        /// <summary>The material pending rotation, imported again or into a replica.</summary>
        ExistingPendingRotation,
    }
}
