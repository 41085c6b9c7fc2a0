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

    /// <summary>The first step from <paramref name="first"/> to <paramref name="last"/> at which
    /// <paramref name="code1"/> is the device's code and <paramref name="code2"/> the next one, or null: how enabling
    /// and resynchronizing a device prove that the user holds it.</summary>
    public static long? FindConsecutive(ReadOnlySpan<byte> seed, long first, long last, string code1, string code2)
    {
        for (var step = first; step <= last; step++)
        {
            if (Matches(seed, step, code1) && Matches(seed, step + 1, code2))
            {
                return step;
            }
        }
        return null;
    }
}
