using System.Security.Cryptography;
using System.Text;
using Rampart.Storage.Secrets;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The HMAC key that signs aws-waf-token cookies: 32 random bytes kept in the data directory, sealed under the master
/// key, so tokens stay valid across restarts and the key is useless without the master key.
/// </summary>
public static class WafTokenKey
{
    public const string FileName = "waf-token.key";

    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("rampart waf token signing key v1");

    public static byte[] LoadOrCreate(string dataDirectory, SecretProtector secrets)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(32);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, secrets.Protect(fresh, Purpose));
            try
            {
                // Without overwrite, a concurrent first start keeps its own key and this one reads it below.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }
        return secrets.Unprotect(File.ReadAllBytes(path), Purpose);
    }
}
