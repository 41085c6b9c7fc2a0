using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.ServiceCredentials;

public sealed record DeleteServiceSpecificCredentialRequest(string? UserName, string ServiceSpecificCredentialId) : IUserCredentialRequest
{
    string IUserCredentialRequest.CredentialId => ServiceSpecificCredentialId;
}

public sealed class DeleteServiceSpecificCredential(IStore store)
    : DeleteUserCredential<DeleteServiceSpecificCredentialRequest, ServiceCredentialRecord>(store, "DeleteServiceSpecificCredential", new ServiceCredentials(store));
