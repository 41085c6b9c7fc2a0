using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Rampart.Iam.Federation;

namespace Rampart.Sts;

/// <summary>Opens an EncryptedAssertion (XML Encryption) with the SAML provider's private keys: the content key is
/// wrapped with RSA-OAEP and the assertion encrypted with AES-GCM or AES-CBC, as IdPs encrypt for AWS. The decrypted
/// Assertion takes the EncryptedAssertion's place in the Response, whose signature check then runs unchanged, so the
/// assertion must be signed inside (signed, then encrypted). RSA PKCS#1 v1.5 key transport is refused: its padding
/// oracle would let a caller decrypt other assertions.</summary>
public static class SamlAssertionDecryption
{
    private const string Xenc = "http://www.w3.org/2001/04/xmlenc#";
    private const string Xenc11 = "http://www.w3.org/2009/xmlenc11#";
    private const string Dsig = "http://www.w3.org/2000/09/xmldsig#";
    private const string Saml = SamlResponseVerifier.AssertionNamespace;

    /// <summary>The SAMLResponse with its encrypted assertion opened, as base64 again; unchanged when it holds none
    /// (or is not XML, which the verifier then reports). <paramref name="required"/>: plain assertions are refused.</summary>
    public static string Open(string samlResponse, IReadOnlyList<RSA> keys, bool required)
    {
        XmlDocument document;
        try
        {
            document = SafeXml.Load(Encoding.UTF8.GetString(Convert.FromBase64String(samlResponse)));
        }
        catch (Exception e) when (e is FormatException or XmlException or ArgumentException)
        {
            return samlResponse;
        }
        var encrypted = document.GetElementsByTagName("EncryptedAssertion", Saml);
        if (encrypted.Count == 0)
        {
            return required
                ? throw FederationErrors.InvalidIdentityToken("The SAML provider requires encrypted assertions, and this response's assertion is not encrypted.")
                : samlResponse;
        }
        if (encrypted.Count != 1 || encrypted[0] is not XmlElement encryptedAssertion)
        {
            throw FederationErrors.InvalidIdentityToken("The SAMLResponse must hold exactly one assertion, directly in the Response.");
        }
        if (keys.Count == 0)
        {
            throw FederationErrors.InvalidIdentityToken("The SAML assertion is encrypted, and the SAML provider has no private key to decrypt it with.");
        }
        var plaintext = Decrypt(encryptedAssertion, keys)
            ?? throw FederationErrors.InvalidIdentityToken("The SAML assertion could not be decrypted with the SAML provider's private keys.");
        XmlDocument assertion;
        try
        {
            assertion = SafeXml.Load(Encoding.UTF8.GetString(plaintext));
        }
        catch (XmlException)
        {
            throw FederationErrors.InvalidIdentityToken("The decrypted SAML assertion is not well-formed XML.");
        }
        if (assertion.DocumentElement is not { LocalName: "Assertion", NamespaceURI: Saml } opened)
        {
            throw FederationErrors.InvalidIdentityToken("The encrypted data is not a SAML assertion.");
        }
        encryptedAssertion.ParentNode!.ReplaceChild(document.ImportNode(opened, true), encryptedAssertion);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(document.OuterXml));
    }

    private static byte[]? Decrypt(XmlElement encryptedAssertion, IReadOnlyList<RSA> keys)
    {
        var data = Child(encryptedAssertion, Xenc, "EncryptedData");
        var encryptedKey = data is null ? null : Descendant(encryptedAssertion, Xenc, "EncryptedKey");
        if (data is null || encryptedKey is null
            || CipherValue(data) is not { } ciphertext || CipherValue(encryptedKey) is not { } wrappedKey
            || OaepPadding(Child(encryptedKey, Xenc, "EncryptionMethod")) is not { } padding)
        {
            return null;
        }
        var dataAlgorithm = Child(data, Xenc, "EncryptionMethod")?.GetAttribute("Algorithm");
        foreach (var rsa in keys)
        {
            byte[] contentKey;
            try
            {
                contentKey = rsa.Decrypt(wrappedKey, padding);
            }
            catch (CryptographicException)
            {
                continue;
            }
            try
            {
                return DecryptContent(dataAlgorithm, contentKey, ciphertext);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(contentKey);
            }
        }
        return null;
    }

    private static byte[]? DecryptContent(string? algorithm, byte[] key, byte[] ciphertext)
    {
        var (gcm, keyBytes) = algorithm switch
        {
            Xenc11 + "aes128-gcm" => (true, 16),
            Xenc11 + "aes192-gcm" => (true, 24),
            Xenc11 + "aes256-gcm" => (true, 32),
            Xenc + "aes128-cbc" => (false, 16),
            Xenc + "aes192-cbc" => (false, 24),
            Xenc + "aes256-cbc" => (false, 32),
            _ => (false, 0),
        };
        if (keyBytes == 0 || key.Length != keyBytes)
        {
            return null;
        }
        try
        {
            if (gcm)
            {
                const int NonceBytes = 12, TagBytes = 16;
                if (ciphertext.Length < NonceBytes + TagBytes)
                {
                    return null;
                }
                var plaintext = new byte[ciphertext.Length - NonceBytes - TagBytes];
                using var aesGcm = new AesGcm(key, TagBytes);
                aesGcm.Decrypt(ciphertext.AsSpan(0, NonceBytes), ciphertext.AsSpan(NonceBytes, plaintext.Length), ciphertext.AsSpan(^TagBytes), plaintext);
                return plaintext;
            }
            const int BlockBytes = 16;
            if (ciphertext.Length < 2 * BlockBytes || ciphertext.Length % BlockBytes != 0)
            {
                return null;
            }
            using var aes = Aes.Create();
            aes.Key = key;
            // XML Encryption pads with arbitrary bytes and a final length byte (ISO 10126).
            return aes.DecryptCbc(ciphertext.AsSpan(BlockBytes), ciphertext.AsSpan(0, BlockBytes), PaddingMode.ISO10126);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>RSA-OAEP as XML Encryption names it; .NET uses one hash for the digest and MGF1, so only matching pairs.</summary>
    private static RSAEncryptionPadding? OaepPadding(XmlElement? method)
    {
        var digest = Child(method, Dsig, "DigestMethod")?.GetAttribute("Algorithm") switch
        {
            null or "" or "http://www.w3.org/2000/09/xmldsig#sha1" => HashAlgorithmName.SHA1,
            "http://www.w3.org/2001/04/xmlenc#sha256" => HashAlgorithmName.SHA256,
            "http://www.w3.org/2001/04/xmldsig-more#sha384" => HashAlgorithmName.SHA384,
            "http://www.w3.org/2001/04/xmlenc#sha512" => HashAlgorithmName.SHA512,
            _ => default(HashAlgorithmName?),
        };
        switch (method?.GetAttribute("Algorithm"))
        {
            case Xenc + "rsa-oaep-mgf1p" when digest == HashAlgorithmName.SHA1:
                return RSAEncryptionPadding.OaepSHA1;
            case Xenc11 + "rsa-oaep" when digest is { } hash:
                var mgf = Child(method, Xenc11, "MGF")?.GetAttribute("Algorithm") ?? Xenc11 + "mgf1sha1";
                var mgfHash = mgf switch
                {
                    Xenc11 + "mgf1sha1" => HashAlgorithmName.SHA1,
                    Xenc11 + "mgf1sha256" => HashAlgorithmName.SHA256,
                    Xenc11 + "mgf1sha384" => HashAlgorithmName.SHA384,
                    Xenc11 + "mgf1sha512" => HashAlgorithmName.SHA512,
                    _ => default(HashAlgorithmName?),
                };
                return mgfHash == hash ? RSAEncryptionPadding.CreateOaep(hash) : null;
            default:
                return null;
        }
    }

    private static byte[]? CipherValue(XmlElement element)
    {
        var value = Child(Child(element, Xenc, "CipherData"), Xenc, "CipherValue")?.InnerText;
        try
        {
            return value is null ? null : Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static XmlElement? Child(XmlElement? parent, string ns, string name) =>
        parent?.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name && e.NamespaceURI == ns);

    private static XmlElement? Descendant(XmlElement parent, string ns, string name) =>
        parent.GetElementsByTagName(name, ns).OfType<XmlElement>().FirstOrDefault();
}
