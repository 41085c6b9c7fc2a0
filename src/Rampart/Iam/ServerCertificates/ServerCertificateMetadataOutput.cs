namespace Rampart.Iam.ServerCertificates;

/// <summary>The model's ServerCertificateMetadata.</summary>
public sealed record ServerCertificateMetadataOutput(
    string Path, string ServerCertificateName, string ServerCertificateId, string Arn, DateTimeOffset UploadDate, DateTimeOffset Expiration)
{
    public static ServerCertificateMetadataOutput Of(ServerCertificateRecord record) => new(
        record.Path, record.ServerCertificateName, record.ServerCertificateId, record.Arn, record.UploadDate, record.Expiration);
}
