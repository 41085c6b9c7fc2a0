using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Rampart.Iam.SigningCertificates;
using Rampart.Protocol;

namespace Rampart.Iam.ServerCertificates;

/// <summary>Checks what UploadServerCertificate receives: a valid PEM certificate, a PEM private key (RSA or EC)
/// that belongs to it, and a chain of PEM certificates.</summary>
public static class ServerCertificateMaterial
{
    /// <summary>The certificate's expiry, once the checks pass.</summary>
    public static DateTimeOffset Check(string certificateBody, string privateKey, string? chain, DateTimeOffset now)
    {
        var der = X509Body.Parse(certificateBody, now);
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        if (!KeyMatches(certificate, privateKey))
        {
            throw new AwsException("KeyPairMismatch", "The public key certificate and the private key do not match.", 400);
        }
        if (chain is not null)
        {
            CheckChain(chain);
        }
        return new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
    }

    private static bool KeyMatches(X509Certificate2 certificate, string privateKey)
    {
        if (certificate.GetRSAPublicKey() is { } rsaPublic)
        {
            using (rsaPublic)
            using (var rsa = RSA.Create())
            {
                Import(() => rsa.ImportFromPem(privateKey));
                return rsa.ExportParameters(false).Modulus!.AsSpan().SequenceEqual(rsaPublic.ExportParameters(false).Modulus);
            }
        }
        if (certificate.GetECDsaPublicKey() is { } ecPublic)
        {
            using (ecPublic)
            using (var ec = ECDsa.Create())
            {
                Import(() => ec.ImportFromPem(privateKey));
                var mine = ec.ExportParameters(false).Q;
                var theirs = ecPublic.ExportParameters(false).Q;
                return mine.X!.AsSpan().SequenceEqual(theirs.X) && mine.Y!.AsSpan().SequenceEqual(theirs.Y);
            }
        }
        throw new AwsException("MalformedCertificate", "The certificate's public key must be RSA or EC.", 400);
    }

    private static void Import(Action import)
    {
        try
        {
            import();
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new AwsException("MalformedCertificate", "Unable to parse private key. Please ensure the private key is in PEM format.", 400);
        }
    }

    private static void CheckChain(string chain)
    {
        var rest = chain.AsSpan();
        var found = 0;
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var der = new byte[fields.DecodedDataLength];
            if (!rest[fields.Label].SequenceEqual("CERTIFICATE") || !Convert.TryFromBase64Chars(rest[fields.Base64Data], der, out _))
            {
                throw ChainMalformed();
            }
            try
            {
                using var _ = X509CertificateLoader.LoadCertificate(der);
            }
            catch (CryptographicException)
            {
                throw ChainMalformed();
            }
            found++;
            rest = rest[fields.Location.End..];
        }
        if (found == 0)
        {
            throw ChainMalformed();
        }
    }

    private static AwsException ChainMalformed() =>
        new("MalformedCertificate", "Unable to parse certificate chain. Please ensure the certificate chain is in PEM format.", 400);
}
