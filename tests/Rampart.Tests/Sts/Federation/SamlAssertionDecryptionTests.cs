using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Rampart.Protocol;
using Rampart.Sts;

namespace Rampart.Tests.Sts.Federation;

/// <summary>The key transports an EncryptedAssertion may use: RSA-OAEP in both of XML Encryption's spellings, with
/// the digest and MGF1 hash the same; PKCS#1 v1.5 and mismatched OAEP hashes are refused.</summary>
public sealed class SamlAssertionDecryptionTests : IDisposable
{
    private const string Xenc11 = "http://www.w3.org/2009/xmlenc11#";
    private readonly TestSamlIdp idp = new();
    private readonly RSA key = RSA.Create(2048);

    public void Dispose()
    {
        idp.Dispose();
        key.Dispose();
    }

    [Fact]
    public void Xml_encryption_1_1_rsa_oaep_with_sha256_opens()
    {
        var transport = new TestSamlIdp.KeyTransport(RSAEncryptionPadding.OaepSHA256,
            $"""<xenc:EncryptionMethod Algorithm="{Xenc11}rsa-oaep"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><xenc11:MGF xmlns:xenc11="{Xenc11}" Algorithm="{Xenc11}mgf1sha256"/></xenc:EncryptionMethod>""");
        var opened = Open(transport);
        Assert.Equal("Assertion", Document(opened).GetElementsByTagName("Assertion", "urn:oasis:names:tc:SAML:2.0:assertion")[0]!.LocalName);
        Assert.Empty(Document(opened).GetElementsByTagName("EncryptedAssertion", "urn:oasis:names:tc:SAML:2.0:assertion").Cast<XmlNode>());
    }

    [Fact]
    public void Pkcs1_v15_key_transport_and_mismatched_oaep_hashes_are_refused()
    {
        var pkcs1 = new TestSamlIdp.KeyTransport(RSAEncryptionPadding.Pkcs1, """<xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-1_5"/>""");
        var mismatched = new TestSamlIdp.KeyTransport(RSAEncryptionPadding.OaepSHA256,
            $"""<xenc:EncryptionMethod Algorithm="{Xenc11}rsa-oaep"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><xenc11:MGF xmlns:xenc11="{Xenc11}" Algorithm="{Xenc11}mgf1sha1"/></xenc:EncryptionMethod>""");
        foreach (var transport in new[] { pkcs1, mismatched })
        {
            var error = Assert.Throws<AwsException>(() => Open(transport));
            Assert.Equal("InvalidIdentityToken", error.Error.Code);
        }
    }

    private string Open(TestSamlIdp.KeyTransport transport)
    {
        var response = idp.SignedResponse("arn:aws:iam::111122223333:role/R", "arn:aws:iam::111122223333:saml-provider/P", "s", TimeSpan.FromMinutes(5));
        TestSamlIdp.EncryptAssertion(response, key, gcm: true, transport);
        return SamlAssertionDecryption.Open(TestSamlIdp.Encode(response), [key], required: true);
    }

    private static XmlDocument Document(string base64)
    {
        var document = new XmlDocument();
        document.LoadXml(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        return document;
    }
}
