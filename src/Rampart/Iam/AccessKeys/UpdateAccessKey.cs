using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccessKeys;

/// <summary>Activates or deactivates an access key; a deactivated key is refused as an invalid token.</summary>
public sealed class UpdateAccessKey(IStore store) : UserCredentialOperation<UpdateAccessKeyRequest, EmptyResponse>("UpdateAccessKey")
{
    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);

    protected override async Task<EmptyResponse> HandleAsync(UpdateAccessKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Status is not ("Active" or "Inactive"))
        {
            throw IamErrors.InvalidInput($"Invalid status {request.Status}: an access key can only be made Active or Inactive.");
        }
        var userName = CallerUser.IsRoot(request.UserName, call) ? null : CallerUser.NameOrCaller(request.UserName, call);
        await StoreRetry.RunAsync(async token =>
        {
            var key = userName is null
                ? await new RootAccessKeys(store).RequireAsync(call.AccountId, request.AccessKeyId, token)
                : (await OwnedAccessKey.RequireAsync(users, keys, call.AccountId, userName, request.AccessKeyId, token)).Key;
            return await store.PutAsync(AccessKeyRecord.KeyOf(key.Key.AccessKeyId), IamJson.Write(key.Key with { Status = request.Status }), key.Version, token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
