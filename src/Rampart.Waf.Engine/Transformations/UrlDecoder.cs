using System.Text;

namespace Rampart.Waf.Engine.Transformations;

internal static class UrlDecoder
{
    /// <summary>%HH and '+' decoded; with <paramref name="unicode"/> also Microsoft's %uHHHH. Malformed escapes are
    /// kept as they are.</summary>
    public static string Decode(string input, bool unicode)
    {
        if (input.IndexOf('%') < 0 && input.IndexOf('+') < 0)
        {
            return input;
        }
        var builder = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '+')
            {
                builder.Append(' ');
                i++;
            }
            else if (c == '%' && unicode && i + 5 < input.Length && (input[i + 1] is 'u' or 'U') &&
                     HexRun(input, i + 2, 4) is var code and >= 0)
            {
                builder.Append(Hex.Narrow(code));
                i += 6;
            }
            else if (c == '%' && i + 2 < input.Length && HexRun(input, i + 1, 2) is var b and >= 0)
            {
                builder.Append((char)b);
                i += 3;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }
        return builder.ToString();
    }

    internal static int HexRun(string input, int start, int count)
    {
        var value = 0;
        for (var k = 0; k < count; k++)
        {
            var digit = Hex.Value(input[start + k]);
            if (digit < 0)
            {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
