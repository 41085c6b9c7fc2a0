using System.Text.Json.Serialization;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.SshKeys;

public sealed record GetSSHPublicKeyRequest(string UserName, [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId, string Encoding);

public sealed record GetSSHPublicKeyResponse([property: JsonPropertyName("SSHPublicKey")] SshPublicKeyOutput SshPublicKey);

/// <summary>One SSH public key, in OpenSSH form (Encoding SSH) or as a PEM SubjectPublicKeyInfo (Encoding PEM).</summary>
public sealed class GetSSHPublicKey(IStore store) : SshKeyOperation<GetSSHPublicKeyRequest, GetSSHPublicKeyResponse>
{
    public override string Name => "GetSSHPublicKey";

    protected override OperationDeclaration<GetSSHPublicKeyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetSSHPublicKey",
        ReadOnly = true,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<GetSSHPublicKeyResponse> HandleAsync(GetSSHPublicKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var key = (await new SshPublicKeys(store).RequireAsync(call.AccountId, user.UserId, request.SshPublicKeyId, cancellationToken)).Record;
        var body = request.Encoding == "PEM" ? SshPublicKey.Parse(key.SshPublicKeyBody).Pem() : key.SshPublicKeyBody;
        return new GetSSHPublicKeyResponse(new SshPublicKeyOutput(user.UserName, key.SshPublicKeyId, key.Fingerprint, body, key.Status, key.UploadDate));
    }
}
