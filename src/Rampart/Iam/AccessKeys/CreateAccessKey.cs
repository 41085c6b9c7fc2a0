using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.AccessKeys;

/// <summary>Creates an access key for a user (at most two each). The secret is returned this once and kept only
/// encrypted, bound to the key's ID.</summary>
public sealed class CreateAccessKey(IStore store, SecretProtector secrets) : Operation<CreateAccessKeyRequest, CreateAccessKeyResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "CreateAccessKey";

    protected override OperationDeclaration<CreateAccessKeyRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateAccessKey",
        ReadOnly = false,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<CreateAccessKeyResponse> HandleAsync(CreateAccessKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (CallerUser.IsRoot(request.UserName, call))
        {
            return await CreateRootKeyAsync(call, cancellationToken);
        }
        var userName = CallerUser.NameOrCaller(request.UserName, call);
        var secret = CredentialGenerator.SecretAccessKey();
        var created = await StoreRetry.RunAsync(async token =>
        {
            var user = await users.RequireAsync(call.AccountId, userName, token);
            var existing = await store.ListAsync(
                new ListQuery(IamCollections.UserAccessKey, call.AccountId, AccessKeyDirectory.OwnerPrefix(user.User.UserId), null, AccessKeyDirectory.MaxPerUser), token);
            if (existing.Items.Count >= AccessKeyDirectory.MaxPerUser)
            {
                throw IamErrors.LimitExceeded($"Cannot exceed quota for AccessKeysPerUser: {AccessKeyDirectory.MaxPerUser}");
            }
            var id = CredentialGenerator.AccessKeyId();
            var key = new AccessKeyRecord(
                id, call.AccountId, user.User.UserName, AccessKeyRecord.Active, AccessKeySecret.Protect(secrets, id, secret), IamClock.ToSeconds(call.Time))
            {
                CreatedAt = call.Time,
            };
            await store.CommitAsync(
            [
                // Rewriting the user unchanged serializes concurrent creations, so two of them cannot both pass the quota.
                new StoreWrite.Put(UserDirectory.NameKey(call.AccountId, user.User.UserName), IamJson.Write(user.User), user.Version),
                new StoreWrite.Put(AccessKeyRecord.KeyOf(id), IamJson.Write(key), StoreWrite.Absent),
                new StoreWrite.Put(AccessKeyDirectory.IndexKey(call.AccountId, user.User.UserId, id), IamJson.Write(new UserAccessKeyEntry(id)), StoreWrite.Absent),
            ], token);
            return key;
        }, cancellationToken: cancellationToken);
        return new CreateAccessKeyResponse(new AccessKeyOutput(created.UserName!, created.AccessKeyId, created.Status, secret, created.CreateDate));
    }

    /// <summary>A key of the calling root user, under the same quota as a user's; the response names the account,
    /// since the root user has no user name.</summary>
    private async Task<CreateAccessKeyResponse> CreateRootKeyAsync(CallContext call, CancellationToken cancellationToken)
    {
        var secret = CredentialGenerator.SecretAccessKey();
        var rootKeys = new RootAccessKeys(store);
        var created = await StoreRetry.RunAsync(async token =>
        {
            var account = await store.GetAsync(AccountRecord.KeyOf(call.AccountId), token);
            if ((await rootKeys.OfAccountAsync(call.AccountId, token)).Count >= AccessKeyDirectory.MaxPerUser)
            {
                throw IamErrors.LimitExceeded($"Cannot exceed quota for AccessKeysPerUser: {AccessKeyDirectory.MaxPerUser}");
            }
            var id = CredentialGenerator.AccessKeyId();
            var key = new AccessKeyRecord(id, call.AccountId, null, AccessKeyRecord.Active, AccessKeySecret.Protect(secrets, id, secret), IamClock.ToSeconds(call.Time))
            {
                CreatedAt = call.Time,
            };
            List<StoreWrite> writes =
            [
                new StoreWrite.Put(AccessKeyRecord.KeyOf(id), IamJson.Write(key), StoreWrite.Absent),
                new StoreWrite.Put(AccessKeyDirectory.IndexKey(call.AccountId, call.AccountId, id), IamJson.Write(new UserAccessKeyEntry(id)), StoreWrite.Absent),
            ];
            if (account is not null)
            {
                // Rewriting the account unchanged serializes concurrent creations, so two of them cannot both pass the quota.
                writes.Add(new StoreWrite.Put(account.Key, account.Json, account.Version));
            }
            await store.CommitAsync(writes, token);
            return key;
        }, cancellationToken: cancellationToken);
        return new CreateAccessKeyResponse(new AccessKeyOutput(call.AccountId, created.AccessKeyId, created.Status, secret, created.CreateDate));
    }
}
