using System.Text;

namespace Rampart.Waf.Engine.Transformations;

internal static class JsDecoder
{
    /// <summary>JavaScript escapes: \uHHHH (narrowed to one byte), \xHH, octal \OOO, the one-letter escapes, and a
    /// backslash before any other character standing for that character.</summary>
    public static string Decode(string input)
    {
        if (input.IndexOf('\\') < 0)
        {
            return input;
        }
        var builder = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c != '\\' || i + 1 >= input.Length)
            {
                builder.Append(c);
                i++;
                continue;
            }
            var next = input[i + 1];
            if (next is 'u' && i + 5 < input.Length && UrlDecoder.HexRun(input, i + 2, 4) is var u and >= 0)
            {
                builder.Append(Hex.Narrow(u));
                i += 6;
            }
            else if (next is 'x' && i + 3 < input.Length && UrlDecoder.HexRun(input, i + 2, 2) is var x and >= 0)
            {
                builder.Append((char)x);
                i += 4;
            }
            else if (next is >= '0' and <= '7')
            {
                var value = 0;
                var j = i + 1;
                while (j < input.Length && j < i + 4 && input[j] is >= '0' and <= '7' && value * 8 + (input[j] - '0') <= 0xFF)
                {
                    value = value * 8 + (input[j] - '0');
                    j++;
                }
                builder.Append((char)value);
                i = j;
            }
            else
            {
                builder.Append(next switch
                {
                    'a' => '\a',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'v' => '\v',
                    _ => next,
                });
                i += 2;
            }
        }
        return builder.ToString();
    }
}
