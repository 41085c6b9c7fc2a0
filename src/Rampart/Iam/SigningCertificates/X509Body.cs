using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Rampart.Protocol;

namespace Rampart.Iam.SigningCertificates;

/// <summary>Reads a PEM-encoded X.509 certificate as IAM accepts it: exactly one CERTIFICATE block, parseable,
/// and valid now.</summary>
public static class X509Body
{
    private const string CertificateLabel = "CERTIFICATE";

    /// <summary>The DER encoding of the certificate, or IAM's MalformedCertificate.</summary>
    public static byte[] Parse(string body, DateTimeOffset now)
    {
        if (!PemEncoding.TryFind(body, out var fields) || !body.AsSpan()[fields.Label].SequenceEqual(CertificateLabel))
        {
            throw Malformed("Unable to parse certificate. Please ensure the certificate is in PEM format.");
        }
        var der = new byte[fields.DecodedDataLength];
        if (!Convert.TryFromBase64Chars(body.AsSpan()[fields.Base64Data], der, out var written) || written != der.Length)
        {
            throw Malformed("Unable to parse certificate. Please ensure the certificate is in PEM format.");
        }
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            if (certificate.NotAfter.ToUniversalTime() < now.UtcDateTime)
            {
                throw Malformed($"The certificate expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}.");
            }
            if (certificate.NotBefore.ToUniversalTime() > now.UtcDateTime)
            {
                throw new AwsException("InvalidCertificate", $"The certificate is not valid before {certificate.NotBefore.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}.", 400);
            }
        }
        catch (CryptographicException)
        {
            throw Malformed("Unable to parse certificate. Please ensure the certificate is in PEM format.");
        }
        return der;
    }

    private static AwsException Malformed(string message) => new("MalformedCertificate", message, 400);
}
