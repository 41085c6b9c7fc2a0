using System.Security.Cryptography;
using System.Text;

namespace Rampart.Waf.Engine.Transformations;

/// <summary>
/// The text transformations AWS WAF applies before inspection. Values are byte strings (each char one byte,
/// 0x00-0xFF) so that decoding yields the bytes AWS WAF would inspect. Every transformation is total: malformed
/// encodings are left as they are rather than rejected.
/// </summary>
internal static class TextTransformations
{
    public static string Apply(TextTransformationType type, string input) => type switch
    {
        TextTransformationType.NONE => input,
        TextTransformationType.COMPRESS_WHITE_SPACE => CompressWhiteSpace(input),
        TextTransformationType.HTML_ENTITY_DECODE => HtmlEntityDecoder.Decode(input),
        TextTransformationType.LOWERCASE => Lowercase(input),
        TextTransformationType.CMD_LINE => CommandLine(input),
        TextTransformationType.URL_DECODE => UrlDecoder.Decode(input, unicode: false),
        TextTransformationType.BASE64_DECODE => Base64Decoder.Decode(input, forgiving: false),
        TextTransformationType.HEX_DECODE => HexDecode(input),
        TextTransformationType.MD5 => Md5(input),
        TextTransformationType.REPLACE_COMMENTS => ReplaceComments(input),
        TextTransformationType.ESCAPE_SEQ_DECODE => EscapeSequenceDecoder.Decode(input),
        TextTransformationType.SQL_HEX_DECODE => SqlHexDecode(input),
        TextTransformationType.CSS_DECODE => CssDecoder.Decode(input),
        TextTransformationType.JS_DECODE => JsDecoder.Decode(input),
        TextTransformationType.NORMALIZE_PATH => PathNormalizer.Normalize(input, windows: false),
        TextTransformationType.NORMALIZE_PATH_WIN => PathNormalizer.Normalize(input, windows: true),
        TextTransformationType.REMOVE_NULLS => input.Contains('\0') ? input.Replace("\0", "") : input,
        TextTransformationType.REPLACE_NULLS => input.Replace('\0', ' '),
        TextTransformationType.BASE64_DECODE_EXT => Base64Decoder.Decode(input, forgiving: true),
        TextTransformationType.URL_DECODE_UNI => UrlDecoder.Decode(input, unicode: true),
        TextTransformationType.UTF8_TO_UNICODE => Utf8ToUnicode(input),
        _ => input,
    };

    /// <summary>A string's UTF-16 text as a byte string: chars above 0xFF become their UTF-8 bytes.</summary>
    public static string ToByteString(string text)
    {
        foreach (var c in text)
        {
            if (c > 0xFF)
            {
                return Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
            }
        }
        return text;
    }

    internal static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or (char)160;

    private static string CompressWhiteSpace(string input)
    {
        var builder = new StringBuilder(input.Length);
        var lastWasSpace = false;
        foreach (var c in input)
        {
            if (IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }
        return builder.ToString();
    }

    private static string Lowercase(string input)
    {
        foreach (var c in input)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return string.Create(input.Length, input, static (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        var ch = source[i];
                        span[i] = ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch;
                    }
                });
            }
        }
        return input;
    }

    // Command-line obfuscation: quotes, carets and backslashes removed, spaces before '/' and '(' removed, ',' and ';'
    // as spaces, runs of white space as one space, lowercase.
    private static string CommandLine(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            switch (c)
            {
                case '\\' or '"' or '\'' or '^':
                    break;
                case '/' or '(':
                    while (builder.Length > 0 && builder[^1] == ' ')
                    {
                        builder.Length--;
                    }
                    builder.Append(c);
                    break;
                case ',' or ';':
                case var w when IsWhiteSpace(w):
                    if (builder.Length == 0 || builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }
                    break;
                default:
                    builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static string HexDecode(string input)
    {
        var builder = new StringBuilder(input.Length / 2 + 1);
        var i = 0;
        for (; i + 1 < input.Length; i += 2)
        {
            var high = Hex.Value(input[i]);
            var low = Hex.Value(input[i + 1]);
            if (high < 0 || low < 0)
            {
                return input;
            }
            builder.Append((char)(high * 16 + low));
        }
        return i < input.Length ? input : builder.ToString();
    }

    private static string Md5(string input)
    {
        var bytes = Encoding.Latin1.GetBytes(input);
        return Encoding.Latin1.GetString(MD5.HashData(bytes));
    }

    // /* ... */ becomes one space, an unterminated comment too; a lone */ is kept.
    private static string ReplaceComments(string input)
    {
        if (!input.Contains("/*", StringComparison.Ordinal))
        {
            return input;
        }
        var builder = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            if (input[i] == '/' && i + 1 < input.Length && input[i + 1] == '*')
            {
                var end = input.IndexOf("*/", i + 2, StringComparison.Ordinal);
                builder.Append(' ');
                i = end < 0 ? input.Length : end + 2;
            }
            else
            {
                builder.Append(input[i++]);
            }
        }
        return builder.ToString();
    }

    // 0x414243 -> ABC; any run of hex digit pairs after 0x is decoded.
    private static string SqlHexDecode(string input)
    {
        if (input.IndexOf("0x", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return input;
        }
        var builder = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            if (input[i] == '0' && i + 3 < input.Length && (input[i + 1] is 'x' or 'X') &&
                Hex.Value(input[i + 2]) >= 0 && Hex.Value(input[i + 3]) >= 0)
            {
                i += 2;
                while (i + 1 < input.Length && Hex.Value(input[i]) >= 0 && Hex.Value(input[i + 1]) >= 0)
                {
                    builder.Append((char)(Hex.Value(input[i]) * 16 + Hex.Value(input[i + 1])));
                    i += 2;
                }
            }
            else
            {
                builder.Append(input[i++]);
            }
        }
        return builder.ToString();
    }

    // Multi-byte UTF-8 sequences become %uHHHH so inspections see one token per code point.
    private static string Utf8ToUnicode(string input)
    {
        var builder = (StringBuilder?)null;
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            var length = c switch
            {
                >= (char)0xC2 and <= (char)0xDF => 2,
                >= (char)0xE0 and <= (char)0xEF => 3,
                >= (char)0xF0 and <= (char)0xF4 => 4,
                _ => 1,
            };
            var codePoint = length == 1 ? -1 : DecodeUtf8(input, i, length);
            if (codePoint < 0)
            {
                builder?.Append(c);
                i++;
                continue;
            }
            builder ??= new StringBuilder(input, 0, i, input.Length + 8);
            builder.Append("%u").Append(codePoint.ToString(codePoint > 0xFFFF ? "X5" : "X4"));
            i += length;
        }
        return builder?.ToString() ?? input;
    }

    private static int DecodeUtf8(string input, int start, int length)
    {
        if (start + length > input.Length)
        {
            return -1;
        }
        var first = input[start];
        var codePoint = length switch { 2 => first & 0x1F, 3 => first & 0x0F, _ => first & 0x07 };
        for (var k = 1; k < length; k++)
        {
            var next = input[start + k];
            if (next is < (char)0x80 or > (char)0xBF)
            {
                return -1;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        return codePoint;
    }
}
