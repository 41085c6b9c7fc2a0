using System.Xml;

namespace Rampart.Iam.Federation;

/// <summary>Loads XML from callers without DTDs or external resolution (no entity expansion, no fetches), keeping
/// whitespace so that signed content canonicalizes as it was signed.</summary>
public static class SafeXml
{
    public static XmlDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.Load(reader);
        return document;
    }
}
