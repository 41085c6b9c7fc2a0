using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Rampart.Iam.Mfa;

/// <summary>Time-based one-time passwords as virtual MFA devices make them (RFC 6238: HMAC-SHA-1, 30-second steps,
/// six digits).</summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(ReadOnlySpan<byte> seed, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(seed, counter, hash);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="code"/> is the code of <paramref name="step"/>, compared in constant time.</summary>
    public static bool Matches(ReadOnlySpan<byte> seed, long step, string code) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(seed, step)), System.Text.Encoding.ASCII.GetBytes(code));
}
