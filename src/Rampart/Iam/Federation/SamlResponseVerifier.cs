using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Rampart.Iam.Federation;

/// <summary>Verifies a base64 SAMLResponse against a provider's metadata and reads its one assertion. Signature
/// wrapping is refused by construction: the document must hold exactly one Assertion, every ID in it must be unique,
/// and the signature that verifies must be an enveloped signature whose single reference names, by ID, either that
/// very assertion (the signature its child) or the Response that is its parent. Only the assertion so covered is read.</summary>
public static class SamlResponseVerifier
{
    public const string ProtocolNamespace = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string AssertionNamespace = "urn:oasis:names:tc:SAML:2.0:assertion";
    private const string SuccessStatus = "urn:oasis:names:tc:SAML:2.0:status:Success";

    public static SamlAssertion Verify(string samlResponse, SamlMetadata metadata)
    {
        XmlDocument document;
        try
        {
            document = SafeXml.Load(Encoding.UTF8.GetString(Convert.FromBase64String(samlResponse)));
        }
        catch (Exception e) when (e is FormatException or XmlException or ArgumentException)
        {
            throw FederationErrors.InvalidIdentityToken("Invalid base64 SAMLResponse (check that it is not URL-encoded).");
        }
        var response = document.DocumentElement;
        if (response is not { LocalName: "Response", NamespaceURI: ProtocolNamespace })
        {
            throw FederationErrors.InvalidIdentityToken("The SAMLResponse is not a SAML 2.0 Response.");
        }
        CheckStatus(response);
        var assertions = document.GetElementsByTagName("Assertion", AssertionNamespace);
        if (document.GetElementsByTagName("EncryptedAssertion", AssertionNamespace).Count > 0)
        {
            throw FederationErrors.InvalidIdentityToken("Encrypted SAML assertions are not supported; the provider has no key to decrypt them with.");
        }
        if (assertions.Count != 1 || assertions[0] is not XmlElement assertion || assertion.ParentNode != response)
        {
            throw FederationErrors.InvalidIdentityToken("The SAMLResponse must hold exactly one assertion, directly in the Response.");
        }
        RequireUniqueIds(document);
        if (!IsSignedBy(response, assertion, metadata))
        {
            throw FederationErrors.InvalidIdentityToken("Response signature invalid");
        }
        return Read(assertion);
    }

    private static void CheckStatus(XmlElement response)
    {
        var status = Child(Child(response, ProtocolNamespace, "Status"), ProtocolNamespace, "StatusCode")?.GetAttribute("Value");
        if (status != SuccessStatus)
        {
            throw FederationErrors.IdpRejectedClaim("The SAML response reports that authentication failed.");
        }
    }

    private static void RequireUniqueIds(XmlDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (XmlElement element in document.SelectNodes("//*")!)
        {
            foreach (var name in new[] { "ID", "Id", "id" })
            {
                if (element.GetAttribute(name) is { Length: > 0 } id && !ids.Add(id))
                {
                    throw FederationErrors.InvalidIdentityToken("Response signature invalid");
                }
            }
        }
    }

    /// <summary>Whether a signature on the assertion, or on the Response around it, verifies with a metadata certificate.</summary>
    private static bool IsSignedBy(XmlElement response, XmlElement assertion, SamlMetadata metadata)
    {
        foreach (var (signed, signature) in new[] { (assertion, Child(assertion, SamlMetadata.SignatureNamespace, "Signature")), (response, Child(response, SamlMetadata.SignatureNamespace, "Signature")) })
        {
            if (signature is null || signed.GetAttribute("ID") is not { Length: > 0 } id)
            {
                continue;
            }
            var signedXml = new SignedXml(signed);
            try
            {
                signedXml.LoadXml(signature);
            }
            catch (CryptographicException)
            {
                return false;
            }
            if (signedXml.SignedInfo is not { References.Count: 1 } info || info.References[0] is not Reference reference
                || reference.Uri != "#" + id || !OnlyCanonicalTransforms(reference))
            {
                return false;
            }
            foreach (var encoded in metadata.SigningCertificates)
            {
                using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(encoded));
                try
                {
                    if (signedXml.CheckSignature(certificate, verifySignatureOnly: true))
                    {
                        return true;
                    }
                }
                catch (CryptographicException)
                {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    private static bool OnlyCanonicalTransforms(Reference reference) =>
        Enumerable.Range(0, reference.TransformChain.Count).Select(i => reference.TransformChain[i]).All(t => t is XmlDsigEnvelopedSignatureTransform or XmlDsigExcC14NTransform or XmlDsigC14NTransform);

    private static SamlAssertion Read(XmlElement assertion)
    {
        var issuer = Child(assertion, AssertionNamespace, "Issuer")?.InnerText.Trim()
            ?? throw FederationErrors.InvalidIdentityToken("The SAML assertion has no Issuer.");
        var subject = Child(assertion, AssertionNamespace, "Subject");
        var nameId = Child(subject, AssertionNamespace, "NameID")
            ?? throw FederationErrors.InvalidIdentityToken("The SAML assertion has no Subject NameID.");
        var confirmation = Child(Child(subject, AssertionNamespace, "SubjectConfirmation"), AssertionNamespace, "SubjectConfirmationData");
        var conditions = Child(assertion, AssertionNamespace, "Conditions");
        var audiences = conditions is null ? [] : conditions.GetElementsByTagName("Audience", AssertionNamespace).Cast<XmlElement>().Select(a => a.InnerText.Trim()).ToList();
        var notOnOrAfter = Earliest(Time(conditions, "NotOnOrAfter"), Time(confirmation, "NotOnOrAfter"));
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var statement in Children(assertion, AssertionNamespace, "AttributeStatement"))
        {
            foreach (var attribute in Children(statement, AssertionNamespace, "Attribute"))
            {
                var values = Children(attribute, AssertionNamespace, "AttributeValue").Select(v => v.InnerText.Trim()).ToList();
                var name = attribute.GetAttribute("Name");
                attributes[name] = attributes.TryGetValue(name, out var existing) ? [.. existing, .. values] : values;
            }
        }
        return new SamlAssertion(issuer, nameId.InnerText.Trim(), ShortFormat(nameId.GetAttribute("Format")), confirmation?.GetAttribute("Recipient") is { Length: > 0 } r ? r : null,
            audiences, Time(conditions, "NotBefore"), notOnOrAfter, attributes);
    }

    private static string ShortFormat(string format) => format switch
    {
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" => "persistent",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" => "transient",
        "" => "unspecified",
        _ => format,
    };

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Time(XmlElement? element, string attribute)
    {
        if (element?.GetAttribute(attribute) is not { Length: > 0 } text)
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw FederationErrors.InvalidIdentityToken($"The SAML assertion's {attribute} is not a date and time.");
    }

    private static XmlElement? Child(XmlElement? parent, string ns, string localName) => parent is null ? null : Children(parent, ns, localName).FirstOrDefault();

    private static IEnumerable<XmlElement> Children(XmlElement parent, string ns, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == localName && e.NamespaceURI == ns);
}
