using System.Text.Json.Serialization;
using Rampart.Kms.Common;
using Rampart.Kms.Import;
using Rampart.Kms.MultiRegion;
using Rampart.Kms.Rotation;

namespace Rampart.Kms.Keys;

/// <summary>A KMS key as stored. <see cref="Materials"/> lists every material version, the newest last; old
/// versions stay so that what they encrypted keeps decrypting. A key of origin EXTERNAL has no material while it
/// waits for an import.</summary>
/// <param name="Rotation">Automatic and on-demand rotation settings; null until rotation was first configured.</param>
/// <param name="MultiRegion">The primary and replica regions of a multi-Region key (the same in every copy).</param>
/// <param name="Import">Imported material's expiry and the pending import parameters, for keys of origin EXTERNAL.</param>
/// <param name="PendingWindowInDays">The waiting period of a key in PendingReplicaDeletion, which starts when its last replica is deleted.</param>
public sealed record KeyRecord(
    string KeyId,
    string Arn,
    string AccountId,
    string Region,
    DateTimeOffset CreationDate,
    string Description,
    string KeySpec,
    string KeyUsage,
    string KeyState,
    DateTimeOffset? DeletionDate,
    string Policy,
    IReadOnlyList<KmsTag> Tags,
    IReadOnlyList<KeyMaterialRecord> Materials,
    string Origin = KeyOrigins.AwsKms,
    KeyRotationSettings? Rotation = null,
    MultiRegionLinks? MultiRegion = null,
    ImportedMaterial? Import = null,
    int? PendingWindowInDays = null)
{
    [JsonIgnore]
    public KeyMaterialRecord CurrentMaterial => Materials[^1];

    public KeyMaterialRecord? Material(int version) => Materials.FirstOrDefault(m => m.Version == version);

    [JsonIgnore]
    public bool IsMultiRegion => MultiRegion is not null;

    [JsonIgnore]
    public bool IsPrimary => MultiRegion is null || MultiRegion.PrimaryRegion == Region;
}
