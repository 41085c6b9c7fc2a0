using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>The client ID and thumbprint lists of an OIDC provider: duplicates kept once, within IAM's quotas.</summary>
public static class OidcProviderLists
{
    public static IReadOnlyList<string> ClientIds(IEnumerable<string> clientIds)
    {
        var distinct = clientIds.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > OidcProviderRecord.MaxClientIds)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: {OidcProviderRecord.MaxClientIds}");
        }
        return distinct;
    }

    public static IReadOnlyList<string> Thumbprints(IEnumerable<string> thumbprints)
    {
        var distinct = thumbprints.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > OidcProviderRecord.MaxThumbprints)
        {
            throw IamErrors.InvalidInput($"Thumbprint list must contain fewer than {OidcProviderRecord.MaxThumbprints} entries.");
        }
        foreach (var thumbprint in distinct)
        {
            if (!thumbprint.All(char.IsAsciiHexDigit))
            {
                throw IamErrors.InvalidInput($"Thumbprint {thumbprint} is not a hexadecimal SHA-1 fingerprint.");
            }
        }
        return distinct;
    }
}
