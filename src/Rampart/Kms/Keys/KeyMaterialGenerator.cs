using System.Security.Cryptography;
using Rampart.Kms.Crypto;

namespace Rampart.Kms.Keys;

/// <summary>Makes new key material: raw bytes for AES and HMAC keys, PKCS#8 private keys for RSA and ECC, the private seed for ML-DSA.</summary>
public static class KeyMaterialGenerator
{
    public static byte[] Generate(KeySpecInfo spec)
    {
        switch (spec.Family)
        {
            case KeyFamily.Symmetric:
            case KeyFamily.Hmac:
                return RandomNumberGenerator.GetBytes(spec.Bits / 8);
            case KeyFamily.Rsa:
                return GenerateRsa(spec.Bits);
            case KeyFamily.Ecc:
                return GenerateEcc(spec.Name);
            case KeyFamily.MlDsa:
                return MlDsaKeys.Generate(spec.Name);
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Family, "Unknown key family.");
        }
    }

    public static byte[] GenerateRsa(int bits)
    {
        using var rsa = RSA.Create(bits);
        return rsa.ExportPkcs8PrivateKey();
    }

    public static byte[] GenerateEcc(string specName)
    {
        using var ecdsa = ECDsa.Create(EccCurves.Of(specName) ?? throw new ArgumentOutOfRangeException(nameof(specName), specName, "Not an ECC spec."));
        return ecdsa.ExportPkcs8PrivateKey();
    }
}
