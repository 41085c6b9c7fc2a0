using Rampart.Iam.UserCredentials;

namespace Rampart.Iam.SigningCertificates;

/// <summary>An X.509 signing certificate as stored under its user (key "USERID/CERTIFICATEID").</summary>
/// <param name="Thumbprint">SHA-256 of the DER encoding, which makes a certificate unique in its account.</param>
public sealed record SigningCertificateRecord(
    string AccountId,
    string UserId,
    string CertificateId,
    string CertificateBody,
    string Thumbprint,
    string Status,
    DateTimeOffset UploadDate) : IUserCredentialRecord<SigningCertificateRecord>
{
    public SigningCertificateRecord WithStatus(string status) => this with { Status = status };
}
