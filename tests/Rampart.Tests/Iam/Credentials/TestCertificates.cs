using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Rampart.Tests.Iam.Credentials;

/// <summary>Self-signed X.509 certificates and their private keys in PEM, made for each test.</summary>
public static class TestCertificates
{
    public static (string Certificate, string PrivateKey) Make(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    public static (string Certificate, string PrivateKey) Valid(string subject) =>
        Make(subject, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(365));
}
