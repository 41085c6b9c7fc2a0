using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Groups;

/// <summary>Lists the groups a user belongs to.</summary>
public sealed class ListGroupsForUser(IStore store) : Operation<ListGroupsForUserRequest, ListGroupsResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly GroupMembership membership = new(store);

    public override string Service => "iam";

    public override string Name => "ListGroupsForUser";

    protected override OperationDeclaration<ListGroupsForUserRequest> Declaration { get; } = new()
    {
        Action = "iam:ListGroupsForUser",
        ReadOnly = true,
        Resources = (request, call) => [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
    };

    protected override async Task<ListGroupsResponse> HandleAsync(ListGroupsForUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(call.AccountId, request.UserName, cancellationToken);
        var page = await membership.GroupsOfUserPageAsync(call.AccountId, user.User.UserId, request.Marker, request.MaxItems, cancellationToken);
        return new ListGroupsResponse([.. page.Items.Select(GroupOutput.Of)], page.IsTruncated, page.Marker);
    }
}
