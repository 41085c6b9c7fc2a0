using System.Security.Cryptography;

namespace Rampart.Kms.Crypto;

/// <summary>HMAC under an HMAC key's material.</summary>
public static class MacAlgorithms
{
    public static byte[] Compute(string algorithm, byte[] key, byte[] message) => algorithm switch
    {
        "HMAC_SHA_224" => Sha224.Hmac(key, message),
        "HMAC_SHA_256" => HMACSHA256.HashData(key, message),
        "HMAC_SHA_384" => HMACSHA384.HashData(key, message),
        "HMAC_SHA_512" => HMACSHA512.HashData(key, message),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown MAC algorithm."),
    };
}
