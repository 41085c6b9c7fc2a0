using System.Text.Json.Serialization;
using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SshKeys;

public sealed record UploadSSHPublicKeyRequest(string UserName, [property: JsonPropertyName("SSHPublicKeyBody")] string SshPublicKeyBody);

public sealed record UploadSSHPublicKeyResponse([property: JsonPropertyName("SSHPublicKey")] SshPublicKeyOutput SshPublicKey);

/// <summary>Associates an RSA public key with a user (for CodeCommit-style SSH access), Active, at most five per user.</summary>
public sealed class UploadSSHPublicKey(IStore store) : SshKeyOperation<UploadSSHPublicKeyRequest, UploadSSHPublicKeyResponse>
{
    private const string KeyIdPrefix = "APKA";

    public override string Name => "UploadSSHPublicKey";

    protected override OperationDeclaration<UploadSSHPublicKeyRequest> Declaration { get; } = new()
    {
        Action = "iam:UploadSSHPublicKey",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<UploadSSHPublicKeyResponse> HandleAsync(UploadSSHPublicKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var key = SshPublicKey.Parse(request.SshPublicKeyBody);
        var keys = new SshPublicKeys(store);
        var owned = await keys.Items.OfUserAsync(call.AccountId, user.UserId, cancellationToken);
        if (owned.Any(k => k.Record.Fingerprint == key.Fingerprint))
        {
            throw new AwsException("DuplicateSSHPublicKey", "The request was rejected because the SSH public key is already associated with the specified IAM user.", 400);
        }
        if (owned.Count >= SshPublicKeys.MaxPerUser)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for PublicKeysPerUser: {SshPublicKeys.MaxPerUser}.");
        }
        var body = request.SshPublicKeyBody.Trim().StartsWith("ssh-rsa ", StringComparison.Ordinal) ? request.SshPublicKeyBody.Trim() : key.OpenSsh;
        var record = new SshPublicKeyRecord(call.AccountId, user.UserId, CredentialGenerator.UniqueId(KeyIdPrefix), body, key.Fingerprint,
            CredentialStatus.Active, IamClock.ToSeconds(call.Time));
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([new StoreWrite.Put(keys.Items.KeyOf(call.AccountId, user.UserId, record.SshPublicKeyId), IamJson.Write(record), StoreWrite.Absent)], cancellationToken),
            _ => null);
        return new UploadSSHPublicKeyResponse(new SshPublicKeyOutput(user.UserName, record.SshPublicKeyId, record.Fingerprint, record.SshPublicKeyBody, record.Status, record.UploadDate));
    }
}
