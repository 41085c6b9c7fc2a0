using System.Text.Json.Serialization;

namespace Rampart.Kms.Keys;

/// <summary>One version of a key's material, encrypted under the master key and bound to the key ARN and version.</summary>
/// <param name="Protected">Base64 of <see cref="Storage.Secrets.SecretProtector"/>'s output; null while imported material
/// is not in this key (deleted, expired, or not yet imported into this Region's copy of a multi-Region key).</param>
/// <param name="MaterialId">KMS's KeyMaterialId: a digest of the material, the same in every Region of a multi-Region key.</param>
/// <param name="RotationDate">When this version replaced the one before it; null for the first.</param>
/// <param name="RotationType">AUTOMATIC or ON_DEMAND; null for the first.</param>
/// <param name="ExpirationModel">Imported material only: whether it expires, as last imported; null while not imported.</param>
/// <param name="ValidTo">Imported material only: when it expires and is deleted.</param>
/// <param name="Description">Imported material only: the KeyMaterialDescription last given with it, kept across re-imports.</param>
public sealed record KeyMaterialRecord(
    int Version,
    string? Protected,
    string? MaterialId = null,
    DateTimeOffset? RotationDate = null,
    string? RotationType = null,
    string? ExpirationModel = null,
    DateTimeOffset? ValidTo = null,
    string? Description = null)
{
    [JsonIgnore]
    public bool IsPresent => Protected is not null;

    /// <summary>This material with its plaintext gone: what remains is its identity, history and description.</summary>
    public KeyMaterialRecord Removed() => this with { Protected = null, ExpirationModel = null, ValidTo = null };
}
