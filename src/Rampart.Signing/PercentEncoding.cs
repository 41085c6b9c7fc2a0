using System.Buffers;
using System.Text;

namespace Rampart.Signing;

/// <summary>The RFC 3986 percent-encoding SigV4 canonicalization uses: only unreserved characters stay literal,
/// hex digits are upper case.</summary>
internal static class PercentEncoding
{
    private static ReadOnlySpan<byte> UpperHex => "0123456789ABCDEF"u8;

    public static bool IsUnreserved(byte value) =>
        value is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    /// <summary>Encodes the UTF-8 form of text, leaving '/' literal when asked (paths).</summary>
    public static void AppendEncoded(ref CanonicalBuffer output, scoped ReadOnlySpan<char> text, bool keepSlash)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
            {
                AppendEncodedNonAscii(ref output, text[i..], keepSlash);
                return;
            }
            AppendEncodedByte(ref output, (byte)text[i], keepSlash);
        }
    }

    /// <summary>Decodes percent-escapes of raw query text and encodes the resulting bytes canonically.
    /// A '%' not followed by two hex digits is taken literally, and '+' stays a plus sign.</summary>
    public static void AppendRecoded(ref CanonicalBuffer output, scoped ReadOnlySpan<char> raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%' && i + 2 < raw.Length && TryHexPair(raw[i + 1], raw[i + 2], out var decoded))
            {
                AppendEncodedByte(ref output, decoded, keepSlash: false);
                i += 2;
            }
            else if (c < 0x80)
            {
                AppendEncodedByte(ref output, (byte)c, keepSlash: false);
            }
            else
            {
                var runEnd = i;
                while (runEnd < raw.Length && raw[runEnd] >= 0x80)
                {
                    runEnd++;
                }
                AppendEncodedNonAscii(ref output, raw[i..runEnd], keepSlash: false);
                i = runEnd - 1;
            }
        }
    }

    /// <summary>The text a percent-encoded query component stands for.</summary>
    public static string Decode(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('%') < 0)
        {
            return new string(raw);
        }
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(raw.Length));
        try
        {
            var length = 0;
            var i = 0;
            while (i < raw.Length)
            {
                if (raw[i] == '%' && i + 2 < raw.Length && TryHexPair(raw[i + 1], raw[i + 2], out var decoded))
                {
                    rented[length++] = decoded;
                    i += 3;
                    continue;
                }
                var nextEscape = raw[(i + 1)..].IndexOf('%');
                var end = nextEscape < 0 ? raw.Length : i + 1 + nextEscape;
                length += Encoding.UTF8.GetBytes(raw[i..end], rented.AsSpan(length));
                i = end;
            }
            return Encoding.UTF8.GetString(rented, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void AppendEncodedNonAscii(ref CanonicalBuffer output, scoped ReadOnlySpan<char> text, bool keepSlash)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            foreach (var b in rented.AsSpan(0, length))
            {
                AppendEncodedByte(ref output, b, keepSlash);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void AppendEncodedByte(ref CanonicalBuffer output, byte value, bool keepSlash)
    {
        if (IsUnreserved(value) || (keepSlash && value == (byte)'/'))
        {
            output.Append(value);
            return;
        }
        output.Append((byte)'%');
        output.Append(UpperHex[value >> 4]);
        output.Append(UpperHex[value & 0xF]);
    }

    private static bool TryHexPair(char high, char low, out byte value)
    {
        var h = HexValue(high);
        var l = HexValue(low);
        value = (byte)((h << 4) | l);
        return h >= 0 && l >= 0;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
