using Rampart.Iam.AccessKeys;
using Rampart.Iam.Common;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Renames a user or moves it to another path. What the user owns is keyed by its ID and stays; its
/// access key records carry its name for the signature check, so they follow in the same transaction.</summary>
public sealed class UpdateUser(IStore store) : Operation<UpdateUserRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);

    public override string Service => "iam";

    public override string Name => "UpdateUser";

    protected override OperationDeclaration<UpdateUserRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateUser",
        ReadOnly = false,
        Resources = (request, call) => request.NewUserName is { } newName && !IamName.SameName(newName, request.UserName)
            ? [IamArn.User(call.AccountId, IamPath.Root, request.UserName), IamArn.User(call.AccountId, request.NewPath ?? IamPath.Root, newName)]
            : [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var current = await users.RequireAsync(call.AccountId, request.UserName, token);
            var updated = current.User with
            {
                UserName = request.NewUserName ?? current.User.UserName,
                Path = request.NewPath ?? current.User.Path,
            };
            var writes = UserDirectory.Replace(current, updated).ToList();
            if (updated.UserName != current.User.UserName)
            {
                foreach (var key in await keys.OfOwnerAsync(call.AccountId, updated.UserId, token))
                {
                    writes.Add(new StoreWrite.Put(
                        AccessKeyRecord.KeyOf(key.Key.AccessKeyId), IamJson.Write(key.Key with { UserName = updated.UserName }), key.Version));
                }
            }
            return await IamConflicts.CreatingAsync(
                () => store.CommitAsync(writes, token),
                key => key.Collection == IamCollections.User
                    ? IamErrors.EntityAlreadyExists($"User with name {updated.UserName} already exists.")
                    : null);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
