using System.Security.Cryptography;

namespace Rampart.Kms.Crypto;

/// <summary>The elliptic curves of KMS's ECC key specs and data key pair specs.</summary>
public static class EccCurves
{
    /// <summary>The curve of an ECC spec name; null for any other name.</summary>
    public static ECCurve? Of(string spec) => spec switch
    {
        "ECC_NIST_P256" => ECCurve.NamedCurves.nistP256,
        "ECC_NIST_P384" => ECCurve.NamedCurves.nistP384,
        "ECC_NIST_P521" => ECCurve.NamedCurves.nistP521,
        // OpenSSL knows secp256k1 by this name; .NET has no NamedCurves entry for it.
        "ECC_SECG_P256K1" => ECCurve.CreateFromFriendlyName("secP256k1"),
        _ => null,
    };
}
