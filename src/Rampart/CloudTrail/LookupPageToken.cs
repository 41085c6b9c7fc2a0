using System.Security.Cryptography;
using System.Text;
using Rampart.Protocol;

namespace Rampart.CloudTrail;

/// <summary>LookupEvents' NextToken: the event log's continuation token prefixed with a fingerprint of the
/// query it continues, so that a token given back with other parameters (or by another account or region) is
/// refused, as CloudTrail documents.</summary>
internal static class LookupPageToken
{
    public static string Fingerprint(string partition, string? attributeKey, string? attributeValue,
        DateTimeOffset? startTime, DateTimeOffset? endTime)
    {
        var query = string.Join('\n', partition, attributeKey, attributeValue, startTime?.UtcTicks, endTime?.UtcTicks);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)), 0, 16);
    }

    public static string Issue(string fingerprint, string storeToken) => $"{fingerprint}.{storeToken}";

    /// <summary>The event log's token inside a NextToken issued for the same query.</summary>
    public static string Redeem(string nextToken, string fingerprint)
    {
        var dot = nextToken.IndexOf('.');
        if (dot < 0 || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(nextToken[..dot]), Encoding.ASCII.GetBytes(fingerprint)))
        {
            throw Invalid();
        }
        return nextToken[(dot + 1)..];
    }

    public static AwsException Invalid() => new("InvalidNextTokenException",
        "A token that is not valid, or a token that was previously used in a request with different parameters.");
}
