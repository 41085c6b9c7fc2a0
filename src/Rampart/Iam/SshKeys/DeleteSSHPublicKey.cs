using System.Text.Json.Serialization;
using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.SshKeys;

public sealed record DeleteSSHPublicKeyRequest(string UserName, [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId) : IUserCredentialRequest
{
    string IUserCredentialRequest.CredentialId => SshPublicKeyId;
}

public sealed class DeleteSSHPublicKey(IStore store)
    : DeleteUserCredential<DeleteSSHPublicKeyRequest, SshPublicKeyRecord>(store, "DeleteSSHPublicKey", new SshPublicKeys(store));
