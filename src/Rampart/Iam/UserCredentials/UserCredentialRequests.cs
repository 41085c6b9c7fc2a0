namespace Rampart.Iam.UserCredentials;

/// <summary>A request on one credential of a user (the caller when no user is named). The model names the ID
/// AccessKeyId, CertificateId, SSHPublicKeyId or ServiceSpecificCredentialId; each request record maps it to
/// <see cref="CredentialId"/>.</summary>
public interface IUserCredentialRequest
{
    string? UserName { get; }

    string CredentialId { get; }
}

/// <summary>A request that makes a user's credential Active or Inactive.</summary>
public interface ICredentialStatusRequest : IUserCredentialRequest
{
    string Status { get; }
}
