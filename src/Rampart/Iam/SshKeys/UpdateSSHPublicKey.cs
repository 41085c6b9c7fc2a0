using System.Text.Json.Serialization;
using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SshKeys;

public sealed record UpdateSSHPublicKeyRequest(string UserName, [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId, string Status);

/// <summary>Makes an SSH public key Active or Inactive.</summary>
public sealed class UpdateSSHPublicKey(IStore store) : SshKeyOperation<UpdateSSHPublicKeyRequest, EmptyResponse>
{
    public override string Name => "UpdateSSHPublicKey";

    protected override OperationDeclaration<UpdateSSHPublicKeyRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateSSHPublicKey",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateSSHPublicKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var status = CredentialStatus.Settable(request.Status);
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var keys = new SshPublicKeys(store);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await keys.RequireAsync(call.AccountId, user.UserId, request.SshPublicKeyId, token);
            return await store.CommitAsync(
                [new StoreWrite.Put(keys.Items.KeyOf(call.AccountId, user.UserId, request.SshPublicKeyId), IamJson.Write(current.Record with { Status = status }), current.Version)],
                token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
