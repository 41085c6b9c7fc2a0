using System.Security.Cryptography;
using Rampart.Kms.Common;

namespace Rampart.Kms.Import;

/// <summary>How imported key material is wrapped for KMS: RSAES-OAEP (SHA-1 or SHA-256) or PKCS#1 v1.5 directly
/// under the wrapping key, or RSA_AES_KEY_WRAP (an ephemeral AES-256 key under RSAES-OAEP, then the material
/// under that key with AES Key Wrap with Padding).</summary>
public static class WrappingAlgorithms
{
    private static readonly string[] Supported =
        ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "RSAES_PKCS1_V1_5", "RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256"];

    public static void Require(string algorithm)
    {
        if (!Supported.Contains(algorithm))
        {
            throw KmsErrors.Unsupported($"WrappingAlgorithm {algorithm} is not supported by this server.");
        }
    }

    /// <summary>The key material, or null when it does not unwrap.</summary>
    public static byte[]? Unwrap(string algorithm, byte[] wrappingPrivateKey, byte[] encrypted)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(wrappingPrivateKey, out _);
        try
        {
            switch (algorithm)
            {
                case "RSAES_OAEP_SHA_1":
                    return rsa.Decrypt(encrypted, RSAEncryptionPadding.OaepSHA1);
                case "RSAES_OAEP_SHA_256":
                    return rsa.Decrypt(encrypted, RSAEncryptionPadding.OaepSHA256);
                case "RSAES_PKCS1_V1_5":
                    return rsa.Decrypt(encrypted, RSAEncryptionPadding.Pkcs1);
                default:
                    var modulusBytes = rsa.KeySize / 8;
                    if (encrypted.Length <= modulusBytes)
                    {
                        return null;
                    }
                    var padding = algorithm == "RSA_AES_KEY_WRAP_SHA_1" ? RSAEncryptionPadding.OaepSHA1 : RSAEncryptionPadding.OaepSHA256;
                    var aesKey = rsa.Decrypt(encrypted.AsSpan(0, modulusBytes).ToArray(), padding);
                    try
                    {
                        return aesKey.Length == 32 ? AesKeyWrapWithPadding.Unwrap(aesKey, encrypted[modulusBytes..]) : null;
                    }
                    finally
                    {
                        CryptographicOperations.ZeroMemory(aesKey);
                    }
            }
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
