using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.SigningCertificates;

public sealed record DeleteSigningCertificateRequest(string? UserName, string CertificateId) : IUserCredentialRequest
{
    string IUserCredentialRequest.CredentialId => CertificateId;
}

/// <summary>Removes a signing certificate from its user, freeing the certificate for another user.</summary>
public sealed class DeleteSigningCertificate(IStore store)
    : DeleteUserCredential<DeleteSigningCertificateRequest, SigningCertificateRecord>(store, "DeleteSigningCertificate", new SigningCertificates(store));
