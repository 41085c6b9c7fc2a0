using System.Security.Cryptography;
using System.Text;

namespace Rampart.Iam.Delegation;

/// <summary>The token SendDelegationToken releases to the partner: the request's ID and 32 random bytes. Only its
/// SHA-256 hash is stored (the random part makes it unguessable, so a fast hash is enough), and a presented token is
/// checked against that hash in constant time.</summary>
public static class TradeInToken
{
    private const char Separator = '.';
    private const int SecretBytes = 32;

    /// <summary>A new token for the request and the hash to store for it.</summary>
    public static (string Token, string Hash) Mint(string delegationRequestId)
    {
        var token = delegationRequestId + Separator + Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return (token, HashOf(token));
    }

    /// <summary>The delegation request a token claims to be for, or null when it has not a token's form.</summary>
    public static string? RequestIdOf(string token)
    {
        var at = token.LastIndexOf(Separator);
        return at > 0 && at < token.Length - 1 ? token[..at] : null;
    }

    public static bool Matches(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
