using System.Text;

namespace Rampart.Waf.Engine.Transformations;

internal static class HtmlEntityDecoder
{
    private static readonly Dictionary<string, char> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quot"] = '"',
        ["amp"] = '&',
        ["lt"] = '<',
        ["gt"] = '>',
        ["nbsp"] = (char)160,
        ["apos"] = '\'',
        ["colon"] = ':',
        ["sol"] = '/',
        ["lpar"] = '(',
        ["rpar"] = ')',
        ["tab"] = '\t',
        ["newline"] = '\n',
        ["semi"] = ';',
        ["equals"] = '=',
        ["grave"] = '`',
    };

    /// <summary>&amp;name; and numeric &amp;#nnnn; / &amp;#xhhhh; references decoded (the trailing ';' optional for
    /// numeric ones, as browsers accept); code points are narrowed to one byte.</summary>
    public static string Decode(string input)
    {
        var amp = input.IndexOf('&');
        if (amp < 0)
        {
            return input;
        }
        var builder = new StringBuilder(input.Length);
        builder.Append(input, 0, amp);
        var i = amp;
        while (i < input.Length)
        {
            var c = input[i];
            if (c != '&' || !TryDecodeAt(input, i, out var decoded, out var consumed))
            {
                builder.Append(c);
                i++;
                continue;
            }
            builder.Append(decoded);
            i += consumed;
        }
        return builder.ToString();
    }

    private static bool TryDecodeAt(string input, int start, out char decoded, out int consumed)
    {
        decoded = '\0';
        consumed = 0;
        var i = start + 1;
        if (i < input.Length && input[i] == '#')
        {
            i++;
            var hex = i < input.Length && input[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }
            var digitsStart = i;
            long value = 0;
            while (i < input.Length && i - digitsStart < 8 &&
                   (hex ? Hex.Value(input[i]) >= 0 : input[i] is >= '0' and <= '9'))
            {
                value = value * (hex ? 16 : 10) + (hex ? Hex.Value(input[i]) : input[i] - '0');
                i++;
            }
            if (i == digitsStart)
            {
                return false;
            }
            if (i < input.Length && input[i] == ';')
            {
                i++;
            }
            decoded = Hex.Narrow((int)(value & 0x1FFFFF));
            consumed = i - start;
            return true;
        }
        var nameStart = i;
        while (i < input.Length && i - nameStart < 10 && char.IsAsciiLetter(input[i]))
        {
            i++;
        }
        if (i == nameStart || i >= input.Length || input[i] != ';' ||
            !Named.TryGetValue(input.Substring(nameStart, i - nameStart), out decoded))
        {
            return false;
        }
        consumed = i + 1 - start;
        return true;
    }
}
