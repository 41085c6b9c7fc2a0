using System.Globalization;

namespace Rampart.Policy;

/// <summary>An IPv4 or IPv6 address or CIDR block, parsed without allocating. IPv4 addresses occupy the low 32 bits.</summary>
internal readonly record struct IpNetwork(UInt128 Address, int PrefixLength, bool IsV4)
{
    private int Bits => IsV4 ? 32 : 128;

    /// <summary>Parses "a.b.c.d", "a.b.c.d/n", IPv6 text (with "::" and an optional dotted IPv4 tail) and "ipv6/n".
    /// A bare address is a single-address block.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IpNetwork network)
    {
        network = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        UInt128 address;
        bool isV4;
        if (TryParseV4(addressText, out var v4))
        {
            address = v4;
            isV4 = true;
        }
        else if (TryParseV6(addressText, out address))
        {
            isV4 = false;
        }
        else
        {
            return false;
        }
        var bits = isV4 ? 32 : 128;
        var prefix = bits;
        if (slash >= 0)
        {
            var prefixText = text[(slash + 1)..];
            if (prefixText.IsEmpty || prefixText.Length > 3 || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits)
            {
                return false;
            }
        }
        network = new IpNetwork(address, prefix, isV4);
        return true;
    }

    public bool Contains(IpNetwork address)
    {
        if (address.IsV4 != IsV4)
        {
            return false;
        }
        if (PrefixLength == 0)
        {
            return true;
        }
        var shift = Bits - PrefixLength;
        return (Address >> shift) == (address.Address >> shift);
    }

    private static bool TryParseV4(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        for (var octet = 0; octet < 4; octet++)
        {
            var dot = text.IndexOf('.');
            var part = octet < 3 ? (dot < 0 ? default : text[..dot]) : text;
            if (part.IsEmpty || part.Length > 3 || (octet == 3 && dot >= 0))
            {
                return false;
            }
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return false;
            }
            address = (address << 8) | (uint)value;
            if (octet < 3)
            {
                text = text[(dot + 1)..];
            }
        }
        return true;
    }

    private static bool TryParseV6(ReadOnlySpan<char> text, out UInt128 address)
    {
        address = 0;
        Span<ushort> groups = stackalloc ushort[8];
        var count = 0;
        var compressAt = -1;
        var i = 0;
        if (text.StartsWith("::"))
        {
            compressAt = 0;
            i = 2;
        }
        while (i < text.Length)
        {
            var end = text[i..].IndexOf(':');
            var part = end < 0 ? text[i..] : text.Slice(i, end);
            if (part.Contains('.'))
            {
                if (end >= 0 || count > 6 || !TryParseV4(part, out var tail))
                {
                    return false;
                }
                groups[count++] = (ushort)(tail >> 16);
                groups[count++] = (ushort)tail;
                i = text.Length;
                break;
            }
            if (part.IsEmpty || part.Length > 4 || count == 8 || !ushort.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var group))
            {
                return false;
            }
            groups[count++] = group;
            if (end < 0)
            {
                break;
            }
            i += end + 1;
            if (i < text.Length && text[i] == ':')
            {
                if (compressAt >= 0)
                {
                    return false;
                }
                compressAt = count;
                i++;
            }
            else if (i == text.Length)
            {
                return false;
            }
        }
        if ((compressAt < 0 && count != 8) || (compressAt >= 0 && count > 7))
        {
            return false;
        }
        var missing = 8 - count;
        var index = 0;
        for (var g = 0; g < count; g++)
        {
            if (g == compressAt)
            {
                index += missing;
            }
            address |= (UInt128)groups[g] << (16 * (7 - index));
            index++;
        }
        return true;
    }
}
