using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Rampart.Tests.Sts.Federation;

/// <summary>A SAML identity provider for tests: a self-signed certificate, its metadata document, and SAML
/// responses signed with it (the assertion signed, as most IdPs do). <see cref="Stranger"/> is another IdP with the
/// same entity ID but its own certificate.</summary>
public sealed class TestSamlIdp : IDisposable
{
    public const string EntityId = "https://idp.example.test/saml";
    public const string AwsAudience = "https://signin.aws.amazon.com/saml";

    private readonly RSA key = RSA.Create(2048);
    private readonly X509Certificate2 certificate;

    public TestSamlIdp()
    {
        var request = new CertificateRequest("CN=idp.example.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    public static TestSamlIdp Stranger() => new();

    public string Metadata() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{EntityId}">
          <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo><ds:X509Data><ds:X509Certificate>{Convert.ToBase64String(certificate.RawData)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
            </md:KeyDescriptor>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.test/saml/sso"/>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.test/saml/sso"/>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """;

    /// <summary>A signed response for the pair (role, provider), base64 as STS takes it.</summary>
    public string Response(string roleArn, string providerArn, string sessionName, TimeSpan lifetime, string audience = AwsAudience,
        IReadOnlyDictionary<string, string>? extraAttributes = null) =>
        Encode(SignedResponse(roleArn, providerArn, sessionName, lifetime, audience, extraAttributes));

    public XmlDocument SignedResponse(string roleArn, string providerArn, string sessionName, TimeSpan lifetime, string audience = AwsAudience,
        IReadOnlyDictionary<string, string>? extraAttributes = null)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(Unsigned(roleArn, providerArn, sessionName, lifetime, audience, extraAttributes));
        var assertion = (XmlElement)document.GetElementsByTagName("Assertion", "urn:oasis:names:tc:SAML:2.0:assertion")[0]!;
        Sign(assertion);
        return document;
    }

    /// <summary>Signs an assertion in place: an enveloped signature after its Issuer, referencing its ID.</summary>
    public void Sign(XmlElement assertion)
    {
        var signed = new SignedXml(assertion) { SigningKey = key };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("#" + assertion.GetAttribute("ID")) { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        signed.KeyInfo = new KeyInfo();
        signed.KeyInfo.AddClause(new KeyInfoX509Data(certificate));
        signed.ComputeSignature();
        var issuer = assertion.GetElementsByTagName("Issuer", "urn:oasis:names:tc:SAML:2.0:assertion")[0]!;
        assertion.InsertAfter(assertion.OwnerDocument.ImportNode(signed.GetXml(), true), issuer);
    }

    /// <summary>Replaces the response's (signed) assertion with an EncryptedAssertion for <paramref name="recipient"/>:
    /// a fresh AES-256 key wrapped with RSA-OAEP (or the given key transport), the assertion encrypted with AES-GCM or
    /// AES-CBC.</summary>
    public static void EncryptAssertion(XmlDocument response, RSA recipient, bool gcm, KeyTransport? transport = null)
    {
        transport ??= KeyTransport.OaepSha1;
        const string Saml = "urn:oasis:names:tc:SAML:2.0:assertion";
        var assertion = (XmlElement)response.GetElementsByTagName("Assertion", Saml)[0]!;
        var plaintext = Encoding.UTF8.GetBytes(assertion.OuterXml);
        var key = RandomNumberGenerator.GetBytes(32);
        byte[] ciphertext;
        if (gcm)
        {
            var nonce = RandomNumberGenerator.GetBytes(12);
            var sealedBytes = new byte[plaintext.Length];
            var tag = new byte[16];
            using (var aesGcm = new AesGcm(key, 16))
            {
                aesGcm.Encrypt(nonce, plaintext, sealedBytes, tag);
            }
            ciphertext = [.. nonce, .. sealedBytes, .. tag];
        }
        else
        {
            using var aes = Aes.Create();
            aes.Key = key;
            var iv = RandomNumberGenerator.GetBytes(16);
            ciphertext = [.. iv, .. aes.EncryptCbc(plaintext, iv, PaddingMode.ISO10126)];
        }
        var algorithm = gcm ? "http://www.w3.org/2009/xmlenc11#aes256-gcm" : "http://www.w3.org/2001/04/xmlenc#aes256-cbc";
        var wrapped = Convert.ToBase64String(recipient.Encrypt(key, transport.Padding));
        var encrypted = new XmlDocument { PreserveWhitespace = true };
        encrypted.LoadXml($"""<saml:EncryptedAssertion xmlns:saml="{Saml}"><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="{algorithm}"/><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><xenc:EncryptedKey>{transport.MethodXml}<xenc:CipherData><xenc:CipherValue>{wrapped}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue>{Convert.ToBase64String(ciphertext)}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></saml:EncryptedAssertion>""");
        assertion.ParentNode!.ReplaceChild(response.ImportNode(encrypted.DocumentElement!, true), assertion);
    }

    /// <summary>How the content key is wrapped: the RSA padding used and the EncryptionMethod element that names it.</summary>
    public sealed record KeyTransport(RSAEncryptionPadding Padding, string MethodXml)
    {
        public static KeyTransport OaepSha1 { get; } = new(RSAEncryptionPadding.OaepSHA1,
            """<xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"><ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/></xenc:EncryptionMethod>""");
    }

    public static string Encode(XmlDocument document) => Convert.ToBase64String(Encoding.UTF8.GetBytes(document.OuterXml));

    private static string Unsigned(string roleArn, string providerArn, string sessionName, TimeSpan lifetime, string audience,
        IReadOnlyDictionary<string, string>? extraAttributes)
    {
        var now = DateTime.UtcNow;
        string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var responseId = "_r" + Guid.NewGuid().ToString("N");
        var assertionId = "_a" + Guid.NewGuid().ToString("N");
        var extra = string.Concat((extraAttributes ?? new Dictionary<string, string>()).Select(a =>
            $"""<saml:Attribute Name="{a.Key}"><saml:AttributeValue>{a.Value}</saml:AttributeValue></saml:Attribute>"""));
        return $"""
            <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{responseId}" Version="2.0" IssueInstant="{Time(now)}" Destination="{AwsAudience}"><saml:Issuer>{EntityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="{assertionId}" Version="2.0" IssueInstant="{Time(now)}"><saml:Issuer>{EntityId}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">alice@example.test</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{Time(now + lifetime)}" Recipient="{AwsAudience}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="{Time(now.AddMinutes(-5))}" NotOnOrAfter="{Time(now + lifetime)}"><saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="{Time(now)}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><saml:AttributeValue>{roleArn},{providerArn}</saml:AttributeValue></saml:Attribute><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><saml:AttributeValue>{sessionName}</saml:AttributeValue></saml:Attribute>{extra}</saml:AttributeStatement></saml:Assertion></samlp:Response>
            """;
    }

    public void Dispose()
    {
        certificate.Dispose();
        key.Dispose();
    }
}
