using System.Security.Cryptography;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Crypto;

/// <summary>The public half of an asymmetric key as DER SubjectPublicKeyInfo.</summary>
public static class PublicKeys
{
    /// <summary>A KMS key's public key, from its material.</summary>
    public static byte[] Of(KeySpecInfo spec, byte[] material) =>
        spec.Family == KeyFamily.MlDsa ? MlDsaKeys.SubjectPublicKeyInfo(spec.Name, material) : SubjectPublicKeyInfo(spec.Family, material);

    /// <summary>An RSA or ECC key pair's public key, from its PKCS#8 private key.</summary>
    public static byte[] SubjectPublicKeyInfo(KeyFamily family, byte[] pkcs8)
    {
        if (family == KeyFamily.Rsa)
        {
            using var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return rsa.ExportSubjectPublicKeyInfo();
        }
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        return ecdsa.ExportSubjectPublicKeyInfo();
    }
}
