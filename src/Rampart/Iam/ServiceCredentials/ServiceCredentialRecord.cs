using Rampart.Iam.UserCredentials;

namespace Rampart.Iam.ServiceCredentials;

/// <summary>A service-specific credential as stored under its user (key "USERID/CREDENTIALID"). The password or
/// secret is shown only when created or reset and is never stored: no Rampart service signs in with it.</summary>
/// <param name="ServiceUserName">The user name for CodeCommit and Keyspaces credentials.</param>
/// <param name="ServiceCredentialAlias">The alias of a Bedrock API key.</param>
public sealed record ServiceCredentialRecord(
    string AccountId,
    string UserId,
    string ServiceSpecificCredentialId,
    string ServiceName,
    string? ServiceUserName,
    string? ServiceCredentialAlias,
    string Status,
    DateTimeOffset CreateDate,
    DateTimeOffset? ExpirationDate) : IUserCredentialRecord<ServiceCredentialRecord>
{
    public ServiceCredentialRecord WithStatus(string status) => this with { Status = status };

    /// <summary>The status as IAM reports it: Expired once past the expiration date.</summary>
    public string StatusAt(DateTimeOffset now) => ExpirationDate is { } expiry && expiry <= now ? UserCredentials.CredentialStatus.Expired : Status;
}
