using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.ServiceCredentials;

public sealed record UpdateServiceSpecificCredentialRequest(string? UserName, string ServiceSpecificCredentialId, string Status) : ICredentialStatusRequest
{
    string IUserCredentialRequest.CredentialId => ServiceSpecificCredentialId;
}

public sealed class UpdateServiceSpecificCredential(IStore store)
    : UpdateCredentialStatus<UpdateServiceSpecificCredentialRequest, ServiceCredentialRecord>(store, "UpdateServiceSpecificCredential", new ServiceCredentials(store));
