using Rampart.Iam.UserCredentials;

namespace Rampart.Iam.AccessKeys;

public sealed record UpdateAccessKeyRequest(string? UserName, string AccessKeyId, string Status) : ICredentialStatusRequest
{
    string IUserCredentialRequest.CredentialId => AccessKeyId;
}
