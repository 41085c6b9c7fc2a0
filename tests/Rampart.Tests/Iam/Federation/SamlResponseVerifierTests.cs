using System.Xml;
using Rampart.Iam.Federation;
using Rampart.Protocol;
using Rampart.Tests.Sts.Federation;

namespace Rampart.Tests.Iam.Federation;

/// <summary>The SAML response check in-process: a genuine response is read; altered content, another IdP's
/// signature, and the signature-wrapping shapes (a second assertion, a duplicated ID, the signed assertion moved
/// aside) are refused.</summary>
public sealed class SamlResponseVerifierTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/SamlRole";
    private const string Provider = "arn:aws:iam::123456789012:saml-provider/TestIdp";
    private const string AssertionNs = "urn:oasis:names:tc:SAML:2.0:assertion";

    private readonly TestSamlIdp idp = new();
    private readonly SamlMetadata metadata;

    public SamlResponseVerifierTests() => metadata = SamlMetadata.Parse(idp.Metadata());

    public void Dispose() => idp.Dispose();

    [Fact]
    public void The_metadata_gives_the_entity_id_and_signing_certificate()
    {
        Assert.Equal(TestSamlIdp.EntityId, metadata.EntityId);
        Assert.Single(metadata.SigningCertificates);
    }

    [Fact]
    public void Text_that_is_not_metadata_is_refused_as_IAM_does()
    {
        var error = Assert.Throws<AwsException>(() => SamlMetadata.Parse("<html>" + new string(' ', 1000) + "</html>"));
        Assert.Equal(("InvalidInput", "Could not parse metadata"), (error.Error.Code, error.Error.Message));
    }

    [Fact]
    public void A_genuine_response_is_read()
    {
        var assertion = SamlResponseVerifier.Verify(idp.Response(Role, Provider, "alice", TimeSpan.FromMinutes(5)), metadata);

        Assert.Equal(TestSamlIdp.EntityId, assertion.Issuer);
        Assert.Equal("alice@example.test", assertion.Subject);
        Assert.Equal("persistent", assertion.SubjectType);
        Assert.Equal(TestSamlIdp.AwsAudience, assertion.Recipient);
        Assert.Equal([$"{Role},{Provider}"], assertion.Values(SamlAssertion.RoleAttribute));
        Assert.Equal(["alice"], assertion.Values(SamlAssertion.RoleSessionNameAttribute));
    }

    [Fact]
    public void Altered_signed_content_is_refused()
    {
        var document = idp.SignedResponse(Role, Provider, "alice", TimeSpan.FromMinutes(5));
        NameId(document).InnerText = "mallory@example.test";

        AssertRefused(document);
    }

    [Fact]
    public void A_response_signed_by_another_idp_is_refused()
    {
        using var stranger = TestSamlIdp.Stranger();

        AssertRefused(stranger.SignedResponse(Role, Provider, "alice", TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void An_unsigned_response_is_refused()
    {
        var document = idp.SignedResponse(Role, Provider, "alice", TimeSpan.FromMinutes(5));
        var signature = document.GetElementsByTagName("Signature", SamlMetadata.SignatureNamespace)[0]!;
        signature.ParentNode!.RemoveChild(signature);

        AssertRefused(document);
    }

    [Fact]
    public void A_forged_assertion_beside_the_signed_one_is_refused()
    {
        var document = idp.SignedResponse(Role, Provider, "alice", TimeSpan.FromMinutes(5));
        var genuine = Assertion(document);
        var forged = (XmlElement)genuine.CloneNode(true);
        forged.SetAttribute("ID", "_forged");
        forged.RemoveChild(forged.GetElementsByTagName("Signature", SamlMetadata.SignatureNamespace)[0]!);
        NameId(forged).InnerText = "mallory@example.test";
        genuine.ParentNode!.InsertBefore(forged, genuine);

        AssertRefused(document);
    }

    [Fact]
    public void A_forged_assertion_carrying_the_signed_assertions_id_is_refused()
    {
        var document = idp.SignedResponse(Role, Provider, "alice", TimeSpan.FromMinutes(5));
        var genuine = Assertion(document);
        var forged = (XmlElement)genuine.CloneNode(true);
        NameId(forged).InnerText = "mallory@example.test";
        // The genuine assertion hidden in the Status, where a careless verifier would still find its signed ID.
        var status = document.GetElementsByTagName("Status", "urn:oasis:names:tc:SAML:2.0:protocol")[0]!;
        genuine.ParentNode!.ReplaceChild(forged, genuine);
        status.AppendChild(genuine);

        AssertRefused(document);
    }

    [Fact]
    public void A_signed_assertion_moved_aside_with_a_forged_one_in_its_place_is_refused()
    {
        var document = idp.SignedResponse(Role, Provider, "alice", TimeSpan.FromMinutes(5));
        var genuine = Assertion(document);
        var forged = (XmlElement)genuine.CloneNode(true);
        forged.SetAttribute("ID", "_forged");
        NameId(forged).InnerText = "mallory@example.test";
        var signature = (XmlElement)forged.GetElementsByTagName("Signature", SamlMetadata.SignatureNamespace)[0]!;
        // The forged assertion keeps the genuine signature (which references the genuine ID) and the genuine
        // assertion is wrapped inside that signature's Object, out of the Response's direct children.
        var wrapper = document.CreateElement("ds", "Object", SamlMetadata.SignatureNamespace);
        genuine.ParentNode!.ReplaceChild(forged, genuine);
        wrapper.AppendChild(genuine);
        signature.AppendChild(wrapper);

        AssertRefused(document);
    }

    private void AssertRefused(XmlDocument document)
    {
        var error = Assert.Throws<AwsException>(() => SamlResponseVerifier.Verify(TestSamlIdp.Encode(document), metadata));
        Assert.Equal("InvalidIdentityToken", error.Error.Code);
    }

    private static XmlElement Assertion(XmlDocument document) => (XmlElement)document.GetElementsByTagName("Assertion", AssertionNs)[0]!;

    private static XmlElement NameId(XmlNode node) =>
        (XmlElement)(node is XmlDocument d ? d.GetElementsByTagName("NameID", AssertionNs)[0]! : ((XmlElement)node).GetElementsByTagName("NameID", AssertionNs)[0]!);
}
