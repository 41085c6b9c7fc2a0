using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Groups;

/// <summary>Describes a group and pages through its members.</summary>
public sealed class GetGroup(IStore store) : Operation<GetGroupRequest, GetGroupResponse>
{
    private readonly GroupDirectory groups = new(store);
    private readonly GroupMembership membership = new(store);

    public override string Service => "iam";

    public override string Name => "GetGroup";

    protected override OperationDeclaration<GetGroupRequest> Declaration { get; } = new()
    {
        Action = "iam:GetGroup",
        ReadOnly = true,
        Resources = (request, call) => [IamArn.Group(call.AccountId, IamPath.Root, request.GroupName)],
    };

    protected override async Task<GetGroupResponse> HandleAsync(GetGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var group = await groups.RequireAsync(call.AccountId, request.GroupName, cancellationToken);
        var members = await membership.MembersPageAsync(call.AccountId, group.Group.GroupId, request.Marker, request.MaxItems, cancellationToken);
        return new GetGroupResponse(GroupOutput.Of(group.Group), [.. members.Items.Select(UserOutput.Listed)], members.IsTruncated, members.Marker);
    }
}
