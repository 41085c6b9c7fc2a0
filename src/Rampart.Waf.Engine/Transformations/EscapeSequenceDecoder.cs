using System.Text;

namespace Rampart.Waf.Engine.Transformations;

internal static class EscapeSequenceDecoder
{
    /// <summary>ANSI C escapes: \a \b \f \n \r \t \v \\ \? \' \" \xHH and octal \OOO.</summary>
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
            var simple = next switch
            {
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'v' => '\v',
                '\\' or '?' or '\'' or '"' => next,
                _ => (char?)null,
            };
            if (simple is { } s)
            {
                builder.Append(s);
                i += 2;
            }
            else if ((next is 'x' or 'X') && i + 3 < input.Length && UrlDecoder.HexRun(input, i + 2, 2) is var h and >= 0)
            {
                builder.Append((char)h);
                i += 4;
            }
            else if (next is >= '0' and <= '7')
            {
                var value = 0;
                var j = i + 1;
                while (j < input.Length && j < i + 4 && input[j] is >= '0' and <= '7')
                {
                    value = value * 8 + (input[j] - '0');
                    j++;
                }
                builder.Append((char)(value & 0xFF));
                i = j;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }
        return builder.ToString();
    }
}
