using System.Text;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Keys;

/// <summary>Seals key material under the master key, bound to the key ARN and material version so that stored
/// material cannot be moved to another key, and opens it for one use.</summary>
public sealed class KeyMaterialVault(SecretProtector secrets)
{
    public KeyMaterialRecord Seal(string keyArn, int version, byte[] material) =>
        new(version, Convert.ToBase64String(secrets.Protect(material, Binding(keyArn, version))));

    public byte[] Open(string keyArn, KeyMaterialRecord material) =>
        secrets.Unprotect(Convert.FromBase64String(material.Protected), Binding(keyArn, material.Version));

    private static byte[] Binding(string keyArn, int version) => Encoding.UTF8.GetBytes($"kms key material {keyArn} v{version}");
}
