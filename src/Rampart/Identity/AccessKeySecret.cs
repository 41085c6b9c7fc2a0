using System.Text;
using Rampart.Storage.Secrets;

namespace Rampart.Identity;

/// <summary>How a secret access key is kept at rest: encrypted under the master key and bound to its access key
/// ID, so a ciphertext copied onto another key's record does not decrypt.</summary>
public static class AccessKeySecret
{
    public static string Protect(SecretProtector protector, string accessKeyId, string secretAccessKey) =>
        Convert.ToBase64String(protector.Protect(Encoding.UTF8.GetBytes(secretAccessKey), Encoding.UTF8.GetBytes(accessKeyId)));

    public static string Unprotect(SecretProtector protector, string accessKeyId, string ciphertext) =>
        Encoding.UTF8.GetString(protector.Unprotect(Convert.FromBase64String(ciphertext), Encoding.UTF8.GetBytes(accessKeyId)));
}
