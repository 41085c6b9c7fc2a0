using System.Text;

namespace Rampart.Waf.Engine.Transformations;

internal static class CssDecoder
{
    /// <summary>CSS 2.x escapes: a backslash and one to six hex digits (one white-space character after them is part
    /// of the escape), or a backslash before any other character, which stands for that character; a backslash before a
    /// newline is a line continuation and disappears.</summary>
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
            var j = i + 1;
            var value = 0;
            while (j < input.Length && j - i - 1 < 6 && Hex.Value(input[j]) >= 0)
            {
                value = value * 16 + Hex.Value(input[j]);
                j++;
            }
            if (j > i + 1)
            {
                builder.Append(Hex.Narrow(value));
                if (j < input.Length && TextTransformations.IsWhiteSpace(input[j]))
                {
                    j++;
                }
                i = j;
            }
            else if (input[i + 1] == '\n')
            {
                i += 2;
            }
            else
            {
                builder.Append(input[i + 1]);
                i += 2;
            }
        }
        return builder.ToString();
    }
}
