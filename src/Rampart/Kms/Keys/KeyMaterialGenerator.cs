using System.Security.Cryptography;

namespace Rampart.Kms.Keys;

/// <summary>Makes new key material: raw bytes for AES and HMAC keys, PKCS#8 private keys for RSA and ECC.</summary>
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
                using (var rsa = RSA.Create(spec.Bits))
                {
                    return rsa.ExportPkcs8PrivateKey();
                }
            case KeyFamily.Ecc:
                using (var ecdsa = ECDsa.Create(Curve(spec.Bits)))
                {
                    return ecdsa.ExportPkcs8PrivateKey();
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Family, "Unknown key family.");
        }
    }

    private static ECCurve Curve(int bits) => bits switch
    {
        256 => ECCurve.NamedCurves.nistP256,
        384 => ECCurve.NamedCurves.nistP384,
        521 => ECCurve.NamedCurves.nistP521,
        _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "No NIST curve of this size."),
    };
}
