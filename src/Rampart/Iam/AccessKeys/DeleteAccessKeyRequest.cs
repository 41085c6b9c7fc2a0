using Rampart.Iam.UserCredentials;

namespace Rampart.Iam.AccessKeys;

public sealed record DeleteAccessKeyRequest(string? UserName, string AccessKeyId) : IUserCredentialRequest
{
    string IUserCredentialRequest.CredentialId => AccessKeyId;
}
