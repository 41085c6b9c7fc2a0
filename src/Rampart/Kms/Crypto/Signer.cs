using System.Security.Cryptography;
using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>Signatures as KMS makes them: RSASSA-PSS (salt as long as the hash), RSASSA-PKCS1-v1_5, and ECDSA with
/// DER-encoded signatures; over the raw message (hashed here) or over a digest the caller computed. ML-DSA signs as
/// <see cref="MlDsaKeys"/> does.</summary>
public static class Signer
{
    public static byte[] Sign(string keySpec, byte[] pkcs8, string algorithm, byte[] message, string messageType)
    {
        if (algorithm == MlDsaKeys.SigningAlgorithm)
        {
            return MlDsaKeys.Sign(keySpec, pkcs8, message, messageType);
        }
        var hash = HashOf(algorithm);
        var digest = Digest(hash, message, messageType == MessageTypes.Digest);
        if (algorithm.StartsWith("ECDSA", StringComparison.Ordinal))
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return ecdsa.SignHash(digest, DSASignatureFormat.Rfc3279DerSequence);
        }
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pkcs8, out _);
        return rsa.SignHash(digest, hash, RsaPadding(algorithm));
    }

    public static bool Verify(string keySpec, byte[] pkcs8, string algorithm, byte[] message, string messageType, byte[] signature)
    {
        if (algorithm == MlDsaKeys.SigningAlgorithm)
        {
            return MlDsaKeys.Verify(keySpec, pkcs8, message, messageType, signature);
        }
        var hash = HashOf(algorithm);
        var digest = Digest(hash, message, messageType == MessageTypes.Digest);
        try
        {
            if (algorithm.StartsWith("ECDSA", StringComparison.Ordinal))
            {
                using var ecdsa = ECDsa.Create();
                ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
                return ecdsa.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence);
            }
            using var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return rsa.VerifyHash(digest, signature, hash, RsaPadding(algorithm));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static byte[] Digest(HashAlgorithmName hash, byte[] message, bool isDigest)
    {
        if (!isDigest)
        {
            return hash == HashAlgorithmName.SHA256 ? SHA256.HashData(message)
                : hash == HashAlgorithmName.SHA384 ? SHA384.HashData(message)
                : SHA512.HashData(message);
        }
        var expected = hash == HashAlgorithmName.SHA256 ? 32 : hash == HashAlgorithmName.SHA384 ? 48 : 64;
        if (message.Length != expected)
        {
            throw KmsErrors.Validation($"Digest is invalid length for algorithm {hash.Name}.");
        }
        return message;
    }

    private static HashAlgorithmName HashOf(string algorithm) =>
        algorithm.EndsWith("_256", StringComparison.Ordinal) ? HashAlgorithmName.SHA256
        : algorithm.EndsWith("_384", StringComparison.Ordinal) ? HashAlgorithmName.SHA384
        : HashAlgorithmName.SHA512;

    private static RSASignaturePadding RsaPadding(string algorithm) =>
        algorithm.StartsWith("RSASSA_PSS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
}
