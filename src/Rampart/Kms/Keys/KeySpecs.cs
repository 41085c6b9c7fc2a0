using Rampart.Kms.Common;

namespace Rampart.Kms.Keys;

/// <summary>The key specs this server creates. ML-DSA needs a host whose OpenSSL has it (see <see cref="Crypto.MlDsaKeys"/>).
/// ECC_NIST_EDWARDS25519 is missing because .NET has no Ed25519, and SM2 because AWS offers it only in the China
/// Regions and .NET has no SM2 either: both are refused as AWS refuses a spec a Region does not offer.</summary>
public static class KeySpecs
{
    public const string EncryptDecrypt = "ENCRYPT_DECRYPT";
    public const string SignVerify = "SIGN_VERIFY";
    public const string GenerateVerifyMac = "GENERATE_VERIFY_MAC";
    public const string KeyAgreement = "KEY_AGREEMENT";
    public const string SymmetricDefault = "SYMMETRIC_DEFAULT";
    public const string Ecdh = "ECDH";

    private static readonly string[] RsaEncryption = ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"];
    private static readonly string[] RsaSigning =
    [
        "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512",
        "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512",
    ];

    private static readonly Dictionary<string, KeySpecInfo> All = new KeySpecInfo[]
    {
        new(SymmetricDefault, KeyFamily.Symmetric, 256, [EncryptDecrypt], [SymmetricDefault], [], []),
        Rsa("RSA_2048", 2048),
        Rsa("RSA_3072", 3072),
        Rsa("RSA_4096", 4096),
        new("ECC_NIST_P256", KeyFamily.Ecc, 256, [SignVerify, KeyAgreement], [], ["ECDSA_SHA_256"], []),
        new("ECC_NIST_P384", KeyFamily.Ecc, 384, [SignVerify, KeyAgreement], [], ["ECDSA_SHA_384"], []),
        new("ECC_NIST_P521", KeyFamily.Ecc, 521, [SignVerify, KeyAgreement], [], ["ECDSA_SHA_512"], []),
        new("ECC_SECG_P256K1", KeyFamily.Ecc, 256, [SignVerify], [], ["ECDSA_SHA_256"], []),
        new("HMAC_224", KeyFamily.Hmac, 224, [GenerateVerifyMac], [], [], ["HMAC_SHA_224"]),
        new("HMAC_256", KeyFamily.Hmac, 256, [GenerateVerifyMac], [], [], ["HMAC_SHA_256"]),
        new("HMAC_384", KeyFamily.Hmac, 384, [GenerateVerifyMac], [], [], ["HMAC_SHA_384"]),
        new("HMAC_512", KeyFamily.Hmac, 512, [GenerateVerifyMac], [], [], ["HMAC_SHA_512"]),
        MlDsa("ML_DSA_44", 128),
        MlDsa("ML_DSA_65", 192),
        MlDsa("ML_DSA_87", 256),
    }.ToDictionary(spec => spec.Name, StringComparer.Ordinal);

    /// <summary>Specs the API knows that this server does not create (see above).</summary>
    private static readonly string[] NotOffered = ["SM2", "ECC_NIST_EDWARDS25519"];

    public static KeySpecInfo? Find(string name) => All.GetValueOrDefault(name);

    /// <summary>The spec CreateKey asked for: ValidationException for a name the API does not know, and AWS's
    /// UnsupportedOperationException for one this server does not offer or this host cannot make.</summary>
    public static KeySpecInfo Require(string name)
    {
        if (NotOffered.Contains(name))
        {
            throw KmsErrors.Unsupported($"KeySpec {name} is not supported in this Region");
        }
        var spec = Find(name) ?? throw KmsErrors.Validation(
            $"1 validation error detected: Value '{name}' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", [.. All.Keys, .. NotOffered])}]");
        if (spec.Family == KeyFamily.MlDsa)
        {
            Crypto.MlDsaKeys.RequireSupported(name);
        }
        return spec;
    }

    public static KeySpecInfo Of(KeyRecord key) => All[key.KeySpec];

    private static KeySpecInfo MlDsa(string name, int securityBits) =>
        new(name, KeyFamily.MlDsa, securityBits, [SignVerify], [], [Crypto.MlDsaKeys.SigningAlgorithm], []);

    private static KeySpecInfo Rsa(string name, int bits) =>
        new(name, KeyFamily.Rsa, bits, [EncryptDecrypt, SignVerify], RsaEncryption, RsaSigning, []);
}
