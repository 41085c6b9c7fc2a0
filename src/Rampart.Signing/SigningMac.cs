using System.Security.Cryptography;

namespace Rampart.Signing;

/// <summary>HMAC-SHA256 under a signing key from <see cref="SigningKeyCache"/>. Each thread keeps the HMAC of the key it
/// used last: setting one up took as long as signing a request with it, and a thread mostly serves the same callers.
/// The cache hands out one array per key, so the array's identity is the key's.</summary>
internal static class SigningMac
{
    [ThreadStatic]
    private static byte[]? lastKey;

    [ThreadStatic]
    private static HMACSHA256? lastMac;

    public static void Compute(byte[] signingKey, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (lastMac is null || !ReferenceEquals(lastKey, signingKey))
        {
            lastMac?.Dispose();
            lastMac = new HMACSHA256(signingKey);
            lastKey = signingKey;
        }
        if (!lastMac.TryComputeHash(data, destination, out _))
        {
            throw new CryptographicException("The signature buffer is too small.");
        }
    }
}
