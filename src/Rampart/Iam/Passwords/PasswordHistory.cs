using System.Security.Cryptography;
using System.Text;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Passwords;

/// <summary>A user's previous passwords for reuse prevention, as slow hashes under one per-user salt, so checking a
/// new password costs one key derivation however many previous passwords are kept (at most 24).</summary>
public sealed record PasswordHistory(string Salt, IReadOnlyList<string> Hashes)
{
    public const int MaxKept = 24;

    private const int HashBytes = 32;

    public static PasswordHistory Empty() => new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), []);

    public string HashOf(string password) => Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(
        Encoding.UTF8.GetBytes(password), Convert.FromBase64String(Salt), PasswordHasher.MinimumIterations, HashAlgorithmName.SHA256, HashBytes));

    /// <summary>Whether <paramref name="hash"/> (from <see cref="HashOf"/>) is among the last <paramref name="count"/> passwords.</summary>
    public bool ContainsRecent(string hash, int count)
    {
        var candidate = Convert.FromBase64String(hash);
        var found = false;
        foreach (var previous in Hashes.TakeLast(count))
        {
            found |= CryptographicOperations.FixedTimeEquals(candidate, Convert.FromBase64String(previous));
        }
        return found;
    }

    public PasswordHistory With(string hash) => this with { Hashes = [.. Hashes.Append(hash).TakeLast(MaxKept)] };
}
