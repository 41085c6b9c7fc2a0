namespace Rampart.Kms.Keys;

/// <summary>One version of a key's material, encrypted under the master key and bound to the key ARN and version.</summary>
/// <param name="Protected">Base64 of <see cref="Storage.Secrets.SecretProtector"/>'s output.</param>
public sealed record KeyMaterialRecord(int Version, string Protected);
