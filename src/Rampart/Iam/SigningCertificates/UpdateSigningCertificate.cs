using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.SigningCertificates;

public sealed record UpdateSigningCertificateRequest(string? UserName, string CertificateId, string Status) : ICredentialStatusRequest
{
    string IUserCredentialRequest.CredentialId => CertificateId;
}

public sealed class UpdateSigningCertificate(IStore store)
    : UpdateCredentialStatus<UpdateSigningCertificateRequest, SigningCertificateRecord>(store, "UpdateSigningCertificate", new SigningCertificates(store));
