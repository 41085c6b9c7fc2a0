using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Crypto;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Import;

/// <summary>Whether imported bytes are material of the key's spec: 256-bit for symmetric keys, the HMAC key length
/// for HMAC keys, a PKCS#8 private key of the right size or curve for RSA and ECC keys.</summary>
public static class ImportedMaterialCheck
{
    public static void Require(KeySpecInfo spec, byte[] material)
    {
        var valid = spec.Family switch
        {
            KeyFamily.Symmetric or KeyFamily.Hmac => material.Length == spec.Bits / 8,
            KeyFamily.Rsa => IsRsa(material, spec.Bits),
            KeyFamily.Ecc => IsEcc(material, spec.Name),
            _ => false,
        };
        if (!valid)
        {
            throw KmsErrors.IncorrectKeyMaterial($"The key material is not valid for a KMS key with key spec {spec.Name}.");
        }
    }

    private static bool IsRsa(byte[] material, int bits)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(material, out var read);
            return read == material.Length && rsa.KeySize == bits;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsEcc(byte[] material, string specName)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(material, out var read);
            // Curves compare as OpenSSL reports them, so a reference key of the spec's curve says what to expect.
            using var reference = ECDsa.Create(EccCurves.Of(specName)!.Value);
            return read == material.Length
                && ecdsa.ExportParameters(false).Curve.Oid.Value == reference.ExportParameters(false).Curve.Oid.Value;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
