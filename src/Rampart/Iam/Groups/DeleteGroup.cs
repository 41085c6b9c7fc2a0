using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Groups;

/// <summary>Deletes a group that has no members and no policies left.</summary>
public sealed class DeleteGroup(IStore store) : Operation<DeleteGroupRequest, EmptyResponse>
{
    private readonly GroupDirectory groups = new(store);
    private readonly GroupMembership membership = new(store);

    public override string Service => "iam";

    public override string Name => "DeleteGroup";

    protected override OperationDeclaration<DeleteGroupRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteGroup",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Group(call.AccountId, IamPath.Root, request.GroupName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var current = await groups.RequireAsync(call.AccountId, request.GroupName, token);
            if (await membership.HasMembersAsync(call.AccountId, current.Group.GroupId, token))
            {
                throw IamErrors.MustDeleteFirst("remove users from group");
            }
            await HolderPolicyCheck.ThrowIfAnyAsync(store, call.AccountId, current.Group.GroupId, token);
            return await store.CommitAsync([.. GroupDirectory.Delete(current)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
