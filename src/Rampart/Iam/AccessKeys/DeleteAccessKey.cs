using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccessKeys;

/// <summary>Deletes a user's access key; requests signed with it fail from then on.</summary>
public sealed class DeleteAccessKey(IStore store) : UserCredentialOperation<DeleteAccessKeyRequest, EmptyResponse>("DeleteAccessKey")
{
    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);

    protected override async Task<EmptyResponse> HandleAsync(DeleteAccessKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var userName = CallerUser.NameOrCaller(request.UserName, call);
        await StoreRetry.RunAsync(async token =>
        {
            var (user, key) = await OwnedAccessKey.RequireAsync(users, keys, call.AccountId, userName, request.AccessKeyId, token);
            return await store.CommitAsync(
            [
                new StoreWrite.Delete(AccessKeyDirectory.KeyOf(key.Key.AccessKeyId), key.Version),
                new StoreWrite.Delete(AccessKeyDirectory.IndexKey(call.AccountId, user.User.UserId, key.Key.AccessKeyId)),
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
