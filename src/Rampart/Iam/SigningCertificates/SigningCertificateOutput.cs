namespace Rampart.Iam.SigningCertificates;

/// <summary>The model's SigningCertificate.</summary>
public sealed record SigningCertificateOutput(string UserName, string CertificateId, string CertificateBody, string Status, DateTimeOffset UploadDate)
{
    public static SigningCertificateOutput Of(SigningCertificateRecord record, string userName) =>
        new(userName, record.CertificateId, record.CertificateBody, record.Status, record.UploadDate);
}
