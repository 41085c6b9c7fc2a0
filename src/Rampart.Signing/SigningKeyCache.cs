using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.Signing;

/// <summary>Derived SigV4 signing keys, one per (secret, date, region, service), so the four-step HMAC chain runs
/// once per key and day instead of on every request. Bounded: when full it starts over.</summary>
internal sealed class SigningKeyCache(int capacity)
{
    private readonly ConcurrentDictionary<SigningKeyId, byte[]> _keys = new();
    private int _count;

    /// <summary>The signing key; callers must not modify the returned bytes.</summary>
    public byte[] Get(string secretAccessKey, string date, string region, string service)
    {
        var id = new SigningKeyId(secretAccessKey, date, region, service);
        if (_keys.TryGetValue(id, out var key))
        {
            return key;
        }
        key = Derive(secretAccessKey, date, region, service);
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _keys.Clear();
            Interlocked.Exchange(ref _count, 1);
        }
        _keys[id] = key;
        return key;
    }

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] Derive(string secretAccessKey, string date, string region, string service)
    {
        var secretLength = Encoding.UTF8.GetMaxByteCount(secretAccessKey.Length) + 4;
        var rented = ArrayPool<byte>.Shared.Rent(secretLength);
        Span<byte> key = stackalloc byte[HMACSHA256.HashSizeInBytes];
        try
        {
            var secret = rented.AsSpan();
            "AWS4"u8.CopyTo(secret);
            var written = 4 + Encoding.UTF8.GetBytes(secretAccessKey, secret[4..]);
            HMACSHA256.HashData(secret[..written], Encoding.UTF8.GetBytes(date), key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented);
            ArrayPool<byte>.Shared.Return(rented);
        }
        HmacInPlace(key, region);
        HmacInPlace(key, service);
        HmacInPlace(key, CredentialScope.Aws4Terminator);
        return key.ToArray();
    }

    private static void HmacInPlace(Span<byte> key, string text)
    {
        Span<byte> next = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text), next);
        next.CopyTo(key);
    }

    /// <summary>A cache key compared by value; it has no text form, so the secret it holds never prints.</summary>
    private readonly struct SigningKeyId(string secret, string date, string region, string service) : IEquatable<SigningKeyId>
    {
        private readonly string _secret = secret;
        private readonly string _date = date;
        private readonly string _region = region;
        private readonly string _service = service;

        public bool Equals(SigningKeyId other) =>
            string.Equals(_secret, other._secret, StringComparison.Ordinal)
            && string.Equals(_date, other._date, StringComparison.Ordinal)
            && string.Equals(_region, other._region, StringComparison.Ordinal)
            && string.Equals(_service, other._service, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SigningKeyId other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_secret, _date, _region, _service);

        public override string ToString() => nameof(SigningKeyId);
    }
}
