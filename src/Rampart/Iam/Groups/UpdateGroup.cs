using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Groups;

/// <summary>Renames a group or moves it to another path; its members and policies are keyed by its ID and stay.</summary>
public sealed class UpdateGroup(IStore store) : Operation<UpdateGroupRequest, EmptyResponse>
{
    private readonly GroupDirectory groups = new(store);

    public override string Service => "iam";

    public override string Name => "UpdateGroup";

    protected override OperationDeclaration<UpdateGroupRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateGroup",
        ReadOnly = false,
        Resources = (request, call) => request.NewGroupName is { } newName && !IamName.SameName(newName, request.GroupName)
            ? [IamArn.Group(call.AccountId, IamPath.Root, request.GroupName), IamArn.Group(call.AccountId, request.NewPath ?? IamPath.Root, newName)]
            : [IamArn.Group(call.AccountId, IamPath.Root, request.GroupName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var current = await groups.RequireAsync(call.AccountId, request.GroupName, token);
            var updated = current.Group with
            {
                GroupName = request.NewGroupName ?? current.Group.GroupName,
                Path = request.NewPath ?? current.Group.Path,
            };
            return await IamConflicts.CreatingAsync(
                () => store.CommitAsync([.. GroupDirectory.Replace(current, updated)], token),
                key => key.Collection == IamCollections.Group ? IamErrors.EntityAlreadyExists($"Group with name {updated.GroupName} already exists.") : null);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
