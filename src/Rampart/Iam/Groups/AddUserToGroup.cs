using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Groups;

/// <summary>Adds a user to a group (a user already in it stays, as in IAM); a user can be in at most 10 groups.</summary>
public sealed class AddUserToGroup(IStore store) : Operation<GroupUserRequest, EmptyResponse>
{
    private readonly GroupDirectory groups = new(store);
    private readonly UserDirectory users = new(store);
    private readonly GroupMembership membership = new(store);

    public override string Service => "iam";

    public override string Name => "AddUserToGroup";

    protected override OperationDeclaration<GroupUserRequest> Declaration { get; } = new()
    {
        Action = "iam:AddUserToGroup",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Group(call.AccountId, IamPath.Root, request.GroupName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(GroupUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var group = await groups.RequireAsync(call.AccountId, request.GroupName, token);
            var user = await users.RequireAsync(call.AccountId, request.UserName, token);
            if (await membership.IsMemberAsync(call.AccountId, group.Group.GroupId, user.User.UserId, token))
            {
                return 0;
            }
            if (await membership.GroupCountOfUserAsync(call.AccountId, user.User.UserId, token) >= GroupMembership.MaxGroupsPerUser)
            {
                throw IamErrors.LimitExceeded($"Cannot exceed quota for GroupsPerUser: {GroupMembership.MaxGroupsPerUser}");
            }
            await store.CommitAsync(
            [
                new StoreWrite.Check(GroupDirectory.NameKey(call.AccountId, group.Group.GroupName), group.Version),
                // Rewriting the user unchanged serializes concurrent additions, so the quota holds under races.
                new StoreWrite.Put(UserDirectory.NameKey(call.AccountId, user.User.UserName), IamJson.Write(user.User), user.Version),
                .. GroupMembership.Add(call.AccountId, group.Group.GroupId, user.User.UserId),
            ], token);
            return 1;
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
