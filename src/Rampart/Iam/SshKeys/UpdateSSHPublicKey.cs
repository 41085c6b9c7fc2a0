using System.Text.Json.Serialization;
using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.SshKeys;

public sealed record UpdateSSHPublicKeyRequest(string UserName, [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId, string Status)
    : ICredentialStatusRequest
{
    string IUserCredentialRequest.CredentialId => SshPublicKeyId;
}

public sealed class UpdateSSHPublicKey(IStore store)
    : UpdateCredentialStatus<UpdateSSHPublicKeyRequest, SshPublicKeyRecord>(store, "UpdateSSHPublicKey", new SshPublicKeys(store));
