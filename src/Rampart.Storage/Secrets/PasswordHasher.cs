using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.Storage.Secrets;

/// <summary>
/// Slow salted password hashes with PBKDF2-HMAC-SHA256, encoded as
/// <c>$pbkdf2-sha256$i=ITERATIONS$SALT$HASH</c> (unpadded base64) so parameters can rise without breaking old hashes.
/// </summary>
public sealed class PasswordHasher
{
    /// <summary>OWASP's current floor for PBKDF2-HMAC-SHA256.</summary>
    public const int MinimumIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltSize = 16;
    private const int HashSize = 32;

    // A stored hash names its own cost; bounding it keeps a corrupted or planted value from stalling a login.
    private const int MaximumIterations = 10_000_000;

    public PasswordHasher(int iterations = MinimumIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaximumIterations);
        Iterations = iterations;
    }

    public int Iterations { get; }

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Derive(password, salt, Iterations);
        return string.Create(CultureInfo.InvariantCulture, $"${Scheme}$i={Iterations}${Encode(salt)}${Encode(hash)}");
    }

    /// <summary>True when <paramref name="password"/> matches; false for a wrong password or an unreadable hash. Constant time in the hash comparison.</summary>
    public bool Verify(string password, string encodedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(encodedHash, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations), expected);
    }

    /// <summary>True when the hash was made with other parameters than this hasher's, so it should be replaced at the next successful sign-in.</summary>
    public bool NeedsRehash(string encodedHash)
        => !TryParse(encodedHash, out var iterations, out _, out _) || iterations != Iterations;

    private static byte[] Derive(string password, byte[] salt, int iterations)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(bytes, salt, iterations, HashAlgorithmName.SHA256, HashSize);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = [];
        hash = [];
        var parts = encoded?.Split('$');
        if (parts is not { Length: 5 } || parts[0].Length != 0 || parts[1] != Scheme || !parts[2].StartsWith("i=", StringComparison.Ordinal))
        {
            return false;
        }

        if (!int.TryParse(parts[2].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations < 1 || iterations > MaximumIterations)
        {
            return false;
        }

        return TryDecode(parts[3], out salt) && salt.Length >= SaltSize && TryDecode(parts[4], out hash) && hash.Length == HashSize;
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        bytes = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        bytes = [];
        return false;
    }
}
