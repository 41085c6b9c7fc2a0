using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccessKeys;

/// <summary>Deletes a user's (or the calling root user's) access key; requests signed with it fail from then on.</summary>
public sealed class DeleteAccessKey(IStore store) : UserCredentialOperation<DeleteAccessKeyRequest, EmptyResponse>("DeleteAccessKey")
{
    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);

    protected override async Task<EmptyResponse> HandleAsync(DeleteAccessKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (CallerUser.IsRoot(request.UserName, call))
        {
            await DeleteRootKeyAsync(request.AccessKeyId, call, cancellationToken);
            return EmptyResponse.Instance;
        }
        var userName = CallerUser.NameOrCaller(request.UserName, call);
        await StoreRetry.RunAsync(async token =>
        {
            var (user, key) = await OwnedAccessKey.RequireAsync(users, keys, call.AccountId, userName, request.AccessKeyId, token);
            return await store.CommitAsync(
            [
                new StoreWrite.Delete(AccessKeyRecord.KeyOf(key.Key.AccessKeyId), key.Version),
                new StoreWrite.Delete(AccessKeyDirectory.IndexKey(call.AccountId, user.User.UserId, key.Key.AccessKeyId)),
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }

    private async Task DeleteRootKeyAsync(string accessKeyId, CallContext call, CancellationToken cancellationToken)
    {
        var rootKeys = new RootAccessKeys(store);
        if (await rootKeys.IsServerKeyAsync(call.AccountId, accessKeyId, cancellationToken))
        {
            throw IamErrors.DeleteConflict(
                $"Cannot delete the access key {accessKeyId}: it is the default account's root key, which the server's client files carry and reset keeps.");
        }
        await StoreRetry.RunAsync(async token =>
        {
            var key = await rootKeys.RequireAsync(call.AccountId, accessKeyId, token);
            return await store.CommitAsync(
            [
                new StoreWrite.Delete(AccessKeyRecord.KeyOf(accessKeyId), key.Version),
                new StoreWrite.Delete(AccessKeyDirectory.IndexKey(call.AccountId, call.AccountId, accessKeyId)),
            ], token);
        }, cancellationToken: cancellationToken);
    }
}
