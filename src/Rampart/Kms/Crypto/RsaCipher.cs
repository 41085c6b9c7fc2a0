using System.Security.Cryptography;
using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>RSAES-OAEP with SHA-1 or SHA-256 under an RSA key's PKCS#8 private key.</summary>
public static class RsaCipher
{
    public static byte[] Encrypt(byte[] pkcs8, string algorithm, byte[] plaintext)
    {
        using var rsa = Load(pkcs8);
        var padding = Padding(algorithm);
        var limit = rsa.KeySize / 8 - 2 * HashBytes(algorithm) - 2;
        if (plaintext.Length > limit)
        {
            throw KmsErrors.Validation(
                $"Plaintext length {plaintext.Length} exceeds the {limit}-byte maximum of {algorithm} with this key.");
        }
        return rsa.Encrypt(plaintext, padding);
    }

    /// <summary>Null when the ciphertext does not decrypt under this key and algorithm.</summary>
    public static byte[]? Decrypt(byte[] pkcs8, string algorithm, byte[] ciphertext)
    {
        using var rsa = Load(pkcs8);
        try
        {
            return rsa.Decrypt(ciphertext, Padding(algorithm));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static RSA Load(byte[] pkcs8)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pkcs8, out _);
        return rsa;
    }

    private static RSAEncryptionPadding Padding(string algorithm) =>
        algorithm == "RSAES_OAEP_SHA_1" ? RSAEncryptionPadding.OaepSHA1 : RSAEncryptionPadding.OaepSHA256;

    private static int HashBytes(string algorithm) => algorithm == "RSAES_OAEP_SHA_1" ? 20 : 32;
}
