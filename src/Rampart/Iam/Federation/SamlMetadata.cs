using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>What a SAML provider's metadata document says: the IdP's entity ID, the certificates it signs with, and
/// until when the metadata is valid.</summary>
public sealed record SamlMetadata(string EntityId, IReadOnlyList<string> SigningCertificates, DateTimeOffset? ValidUntil)
{
    public const string MetadataNamespace = "urn:oasis:names:tc:SAML:2.0:metadata";
    public const string SignatureNamespace = "http://www.w3.org/2000/09/xmldsig#";

    /// <summary>Parses a metadata document; InvalidInput "Could not parse metadata" when it is not one with an IdP
    /// signing certificate, as IAM answers.</summary>
    public static SamlMetadata Parse(string document)
    {
        try
        {
            var xml = SafeXml.Load(document);
            var root = xml.DocumentElement;
            if (root is not { LocalName: "EntityDescriptor", NamespaceURI: MetadataNamespace }
                || root.GetAttribute("entityID") is not { Length: > 0 } entityId)
            {
                throw NotMetadata();
            }
            var certificates = new List<string>();
            foreach (var idp in Children(root, "IDPSSODescriptor"))
            {
                foreach (var key in Children(idp, "KeyDescriptor"))
                {
                    if (key.GetAttribute("use") is not ("" or "signing"))
                    {
                        continue;
                    }
                    foreach (XmlElement certificate in key.GetElementsByTagName("X509Certificate", SignatureNamespace))
                    {
                        var base64 = string.Concat(certificate.InnerText.Where(c => !char.IsWhiteSpace(c)));
                        using var parsed = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64));
                        certificates.Add(base64);
                    }
                }
            }
            if (certificates.Count == 0)
            {
                throw NotMetadata();
            }
            var validUntil = root.GetAttribute("validUntil") is { Length: > 0 } text
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
                : (DateTimeOffset?)null;
            return new SamlMetadata(entityId, certificates, validUntil);
        }
        catch (Exception e) when (e is XmlException or FormatException or CryptographicException)
        {
            throw NotMetadata();
        }
    }

    private static IEnumerable<XmlElement> Children(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == localName && e.NamespaceURI == MetadataNamespace);

    private static Protocol.AwsException NotMetadata() => IamErrors.InvalidInput("Could not parse metadata");
}
