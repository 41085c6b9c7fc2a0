using Rampart.Iam.Common;

namespace Rampart.Iam.ServerCertificates;

/// <summary>A server certificate as stored: the certificate and chain as uploaded, the private key encrypted under
/// the master key (bound to the certificate's ID) and never returned.</summary>
public sealed record ServerCertificateRecord(
    string AccountId,
    string ServerCertificateName,
    string ServerCertificateId,
    string Path,
    DateTimeOffset UploadDate,
    DateTimeOffset Expiration,
    string CertificateBody,
    string? CertificateChain,
    string PrivateKeyCiphertext,
    IReadOnlyList<IamTag> Tags)
{
    public string Arn => IamArn.Of(AccountId, "server-certificate", Path, ServerCertificateName);
}
