using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Groups;

/// <summary>Removes a user from a group.</summary>
public sealed class RemoveUserFromGroup(IStore store) : Operation<GroupUserRequest, EmptyResponse>
{
    private readonly GroupDirectory groups = new(store);
    private readonly UserDirectory users = new(store);
    private readonly GroupMembership membership = new(store);

    public override string Service => "iam";

    public override string Name => "RemoveUserFromGroup";

    protected override OperationDeclaration<GroupUserRequest> Declaration { get; } = new()
    {
        Action = "iam:RemoveUserFromGroup",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Group(call.AccountId, IamPath.Root, request.GroupName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(GroupUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var group = await groups.RequireAsync(call.AccountId, request.GroupName, cancellationToken);
        var user = await users.RequireAsync(call.AccountId, request.UserName, cancellationToken);
        if (!await membership.IsMemberAsync(call.AccountId, group.Group.GroupId, user.User.UserId, cancellationToken))
        {
            throw IamErrors.NoSuchEntity($"User {request.UserName} is not in group {request.GroupName}.");
        }
        await store.CommitAsync([.. GroupMembership.Remove(call.AccountId, group.Group.GroupId, user.User.UserId)], cancellationToken);
        return EmptyResponse.Instance;
    }
}
