using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Rampart.Waf.Engine.Addresses;

/// <summary>One CIDR block of an IP set, such as 192.0.2.0/24 or 2001:db8::/32.</summary>
internal readonly record struct Cidr(bool IsV4, UInt128 Start, int PrefixLength)
{
    /// <summary>Parses AWS's IP set address notation: an address, a slash and a prefix length (1-32 for IPv4,
    /// 1-128 for IPv6; AWS WAF refuses /0).</summary>
    public static bool TryParse(string text, out Cidr cidr)
    {
        cidr = default;
        var slash = text.IndexOf('/');
        if (slash <= 0 || !int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out var prefix) ||
            prefix == 0 || !IPAddress.TryParse(text.AsSpan(0, slash), out var address))
        {
            return false;
        }
        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            if (prefix > 32 || text.AsSpan(0, slash).Count('.') != 3)
            {
                return false;
            }
            address.TryWriteBytes(bytes, out _);
            cidr = new Cidr(true, BinaryPrimitives.ReadUInt32BigEndian(bytes), prefix);
            return true;
        }
        if (prefix > 128 || address.ScopeId != 0)
        {
            return false;
        }
        address.TryWriteBytes(bytes, out _);
        cidr = new Cidr(false, BinaryPrimitives.ReadUInt128BigEndian(bytes), prefix);
        return true;
    }
}
