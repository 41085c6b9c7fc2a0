using System.Text.Json.Serialization;
using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SshKeys;

public sealed record DeleteSSHPublicKeyRequest(string UserName, [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId);

/// <summary>Removes an SSH public key from its user.</summary>
public sealed class DeleteSSHPublicKey(IStore store) : SshKeyOperation<DeleteSSHPublicKeyRequest, EmptyResponse>
{
    public override string Name => "DeleteSSHPublicKey";

    protected override OperationDeclaration<DeleteSSHPublicKeyRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteSSHPublicKey",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteSSHPublicKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var keys = new SshPublicKeys(store);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await keys.RequireAsync(call.AccountId, user.UserId, request.SshPublicKeyId, token);
            return await store.CommitAsync([new StoreWrite.Delete(keys.Items.KeyOf(call.AccountId, user.UserId, request.SshPublicKeyId), current.Version)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
