using System.Xml;

namespace Rampart.Protocol.Encoders;

/// <summary>Text that XML 1.0 can carry. Values echoed from requests (a control character or a lone surrogate in
/// a name quoted by a validation message) would otherwise make XmlWriter throw; they become U+FFFD instead,
/// as UTF-8 decoding treats bytes it cannot read.</summary>
internal static class XmlText
{
    private const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        if (FirstInvalid(text) < 0)
        {
            return text;
        }
        return string.Create(text.Length, text, (chars, source) =>
        {
            source.AsSpan().CopyTo(chars);
            for (var i = 0; i < chars.Length; i++)
            {
                if (XmlConvert.IsXmlSurrogatePair(i + 1 < chars.Length ? chars[i + 1] : '\0', chars[i]))
                {
                    i++;
                }
                else if (!XmlConvert.IsXmlChar(chars[i]))
                {
                    chars[i] = Replacement;
                }
            }
        });
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
