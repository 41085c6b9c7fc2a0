using System.Security.Cryptography;
using System.Text;
using Rampart.Kms.Common;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Keys;

/// <summary>Seals key material under the master key, bound to the key ARN and material version so that stored
/// material cannot be moved to another key, and opens it for one use.</summary>
public sealed class KeyMaterialVault(SecretProtector secrets)
{
    public KeyMaterialRecord Seal(string keyArn, int version, byte[] material) =>
        new(version, Convert.ToBase64String(secrets.Protect(material, Binding(keyArn, version))), MaterialId(material));

    public byte[] Open(string keyArn, KeyMaterialRecord material) =>
        secrets.Unprotect(Convert.FromBase64String(material.Protected ?? throw KmsErrors.PendingImport(keyArn)), Binding(keyArn, material.Version));

    /// <summary>The same material sealed for another key (a multi-Region replica), keeping its version and history.</summary>
    public KeyMaterialRecord Reseal(string fromArn, KeyMaterialRecord material, string toArn)
    {
        var plain = Open(fromArn, material);
        try
        {
            return material with { Protected = Convert.ToBase64String(secrets.Protect(plain, Binding(toArn, material.Version))) };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>KMS's KeyMaterialId: 64 hex digits that identify material without revealing it (a domain-separated
    /// SHA-256 of 256 random or imported bits).</summary>
    public static string MaterialId(byte[] material) =>
        Convert.ToHexStringLower(SHA256.HashData([.. "rampart kms key material id\n"u8, .. material]));

    private static byte[] Binding(string keyArn, int version) => Encoding.UTF8.GetBytes($"kms key material {keyArn} v{version}");
}
