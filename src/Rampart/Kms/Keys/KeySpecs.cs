namespace Rampart.Kms.Keys;

/// <summary>The key specs this server creates. HMAC_224 is missing because .NET has no SHA-224; ECC_NIST_EDWARDS25519,
/// SM2 and the ML-DSA specs because .NET offers no implementation this server can rely on.</summary>
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
        new("HMAC_256", KeyFamily.Hmac, 256, [GenerateVerifyMac], [], [], ["HMAC_SHA_256"]),
        new("HMAC_384", KeyFamily.Hmac, 384, [GenerateVerifyMac], [], [], ["HMAC_SHA_384"]),
        new("HMAC_512", KeyFamily.Hmac, 512, [GenerateVerifyMac], [], [], ["HMAC_SHA_512"]),
    }.ToDictionary(spec => spec.Name, StringComparer.Ordinal);

    public static KeySpecInfo? Find(string name) => All.GetValueOrDefault(name);

    public static KeySpecInfo Of(KeyRecord key) => All[key.KeySpec];

    private static KeySpecInfo Rsa(string name, int bits) =>
        new(name, KeyFamily.Rsa, bits, [EncryptDecrypt, SignVerify], RsaEncryption, RsaSigning, []);
}
