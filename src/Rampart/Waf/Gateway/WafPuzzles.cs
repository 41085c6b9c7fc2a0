using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The puzzles behind the CAPTCHA and Challenge interstitials, stateless: each is handed to the client signed with a
/// key of its own purpose, bound to the host and valid for <see cref="Lifetime"/>. A silent challenge is a proof of
/// work (a counter whose SHA-256 with the challenge starts with <see cref="ChallengeZeroBits"/> zero bits); a CAPTCHA
/// puzzle is a code drawn as distorted glyphs, whose answer the puzzle carries only as an HMAC.
/// </summary>
public sealed class WafPuzzles
{
    public const int ChallengeZeroBits = 16;
    public const int CaptchaLength = 6;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Letters and digits that cannot be mistaken for one another.</summary>
    private const string CaptchaAlphabet = "ACDEFHJKLMNPRTUVWXY34679";

    private readonly byte[] challengeKey;
    private readonly byte[] captchaKey;
    private readonly TimeProvider time;

    public WafPuzzles(byte[] tokenKey, TimeProvider time)
    {
        challengeKey = HMACSHA256.HashData(tokenKey, "rampart waf challenge"u8);
        captchaKey = HMACSHA256.HashData(tokenKey, "rampart waf captcha"u8);
        this.time = time;
    }

    public string NewChallenge(string host) => Sign(challengeKey, $"{Now()}|{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}|{host.ToLowerInvariant()}");

    public bool SolvesChallenge(string? challenge, string? solution, string host)
    {
        if (Opened(challengeKey, challenge, host) is null || solution is null || solution.Length > 20 || !solution.All(char.IsAsciiDigit))
        {
            return false;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{challenge}:{solution}"));
        return LeadingZeroBits(hash) >= ChallengeZeroBits;
    }

    /// <summary>A new CAPTCHA puzzle and the code it asks for.</summary>
    public (string Puzzle, string Code) NewCaptcha(string host)
    {
        var code = new string([.. Enumerable.Range(0, CaptchaLength).Select(_ => CaptchaAlphabet[RandomNumberGenerator.GetInt32(CaptchaAlphabet.Length)])]);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (Sign(captchaKey, $"{Now()}|{nonce}|{host.ToLowerInvariant()}|{AnswerMac(nonce, code)}"), code);
    }

    public bool SolvesCaptcha(string? puzzle, string? answer, string host)
    {
        if (Opened(captchaKey, puzzle, host) is not { } fields || answer is null || answer.Length > 32)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(fields[3]);
        var given = Encoding.ASCII.GetBytes(AnswerMac(fields[1], answer.Trim().ToUpperInvariant()));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private string AnswerMac(string nonce, string code) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(captchaKey, Encoding.UTF8.GetBytes($"answer|{nonce}|{code}")));

    private static string Sign(byte[] key, string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        return $"{Base64Url.EncodeToString(bytes)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, bytes))}";
    }

    /// <summary>The payload's fields when the signature, the host and the age hold.</summary>
    private string[]? Opened(byte[] key, string? signed, string host)
    {
        var dot = signed?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (signed is null || dot <= 0 || signed.Length > 2048)
        {
            return null;
        }
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(signed.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(signed.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
        {
            return null;
        }
        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length < 3 || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            || Now() - issued > (long)Lifetime.TotalSeconds || !string.Equals(fields[2], host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return fields;
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();

    private static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b == 0)
            {
                bits += 8;
                continue;
            }
            return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
        }
        return bits;
    }
}
