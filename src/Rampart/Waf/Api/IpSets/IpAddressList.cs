using System.Net;
using System.Net.Sockets;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.IpSets;

/// <summary>An IP set's addresses as AWS accepts them: CIDR blocks of the set's IP version, any prefix but /0,
/// at most 10,000.</summary>
public static class IpAddressList
{
    public const int MaxAddresses = 10_000;

    public static IReadOnlyList<string> Check(IReadOnlyList<string> addresses, string version)
    {
        if (addresses.Count > MaxAddresses)
        {
            throw WafErrors.LimitsExceeded();
        }
        var family = version == "IPV6" ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
        foreach (var address in addresses)
        {
            if (!IsBlock(address, family))
            {
                throw WafErrors.InvalidParameter("IP_ADDRESS", address, WafErrors.Reasons.InvalidFormat);
            }
        }
        return addresses;
    }

    private static bool IsBlock(string text, AddressFamily family)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text[..slash], out var address) || address.AddressFamily != family
            || !int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix))
        {
            return false;
        }
        var bits = family == AddressFamily.InterNetwork ? 32 : 128;
        return prefix >= 1 && prefix <= bits && (family != AddressFamily.InterNetwork || text[..slash].Count(c => c == '.') == 3);
    }
}
