using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Groups;

/// <summary>Creates an IAM group.</summary>
public sealed class CreateGroup(IStore store) : Operation<CreateGroupRequest, CreateGroupResponse>
{
    public override string Service => "iam";

    public override string Name => "CreateGroup";

    protected override OperationDeclaration<CreateGroupRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateGroup",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Group(call.AccountId, request.Path, request.GroupName)],
    };

    protected override async Task<CreateGroupResponse> HandleAsync(CreateGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var group = new GroupRecord(call.AccountId, request.GroupName, IamIds.NewGroupId(), IamPath.OrRoot(request.Path), IamClock.ToSeconds(call.Time));
        await AccountQuota.Groups.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([.. GroupDirectory.Create(group)], cancellationToken),
            key => key.Collection == IamCollections.Group ? IamErrors.EntityAlreadyExists($"Group with name {request.GroupName} already exists.") : null);
        return new CreateGroupResponse(GroupOutput.Of(group));
    }
}
