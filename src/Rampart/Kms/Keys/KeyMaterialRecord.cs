namespace Rampart.Kms.Keys;

/// <summary>One version of a key's material, encrypted under the master key and bound to the key ARN and version.</summary>
/// <param name="Protected">Base64 of <see cref="Storage.Secrets.SecretProtector"/>'s output.</param>
/// <param name="MaterialId">KMS's KeyMaterialId: a digest of the material, the same in every Region of a multi-Region key.</param>
/// <param name="RotationDate">When this version replaced the one before it; null for the first.</param>
/// <param name="RotationType">AUTOMATIC or ON_DEMAND; null for the first.</param>
public sealed record KeyMaterialRecord(
    int Version, string Protected, string? MaterialId = null, DateTimeOffset? RotationDate = null, string? RotationType = null);
