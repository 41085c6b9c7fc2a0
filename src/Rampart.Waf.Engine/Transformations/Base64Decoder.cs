using System.Text;

namespace Rampart.Waf.Engine.Transformations;

internal static class Base64Decoder
{
    /// <summary>Standard Base64 decoded up to the first character outside the alphabet; the forgiving variant skips
    /// such characters instead. Input that decodes to nothing is returned unchanged.</summary>
    public static string Decode(string input, bool forgiving)
    {
        var builder = new StringBuilder(input.Length * 3 / 4 + 1);
        var buffer = 0;
        var bits = 0;
        foreach (var c in input)
        {
            var value = Sextet(c);
            if (value < 0)
            {
                if (c == '=' || !forgiving)
                {
                    break;
                }
                continue;
            }
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                builder.Append((char)((buffer >> bits) & 0xFF));
            }
        }
        return builder.Length == 0 ? input : builder.ToString();
    }

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        '/' or '_' => 63,
        _ => -1,
    };
}
