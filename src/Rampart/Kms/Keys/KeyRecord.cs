using Rampart.Kms.Common;

namespace Rampart.Kms.Keys;

/// <summary>A KMS key as stored. <see cref="Materials"/> lists every material version, the newest last; old
/// versions stay so that what they encrypted keeps decrypting.</summary>
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
    IReadOnlyList<KeyMaterialRecord> Materials)
{
    public KeyMaterialRecord CurrentMaterial => Materials[^1];

    public KeyMaterialRecord? Material(int version) => Materials.FirstOrDefault(m => m.Version == version);
}
