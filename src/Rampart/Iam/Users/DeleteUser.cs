using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Boundaries;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Deletes a user that owns nothing any more; otherwise IAM's DeleteConflict names what to remove first.</summary>
public sealed class DeleteUser(IStore store) : Operation<DeleteUserRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly UserDependents dependents = new(store);
    private readonly PermissionsBoundaries boundaries = new(store);

    public override string Service => "iam";

    public override string Name => "DeleteUser";

    protected override OperationDeclaration<DeleteUserRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteUser",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var current = await users.RequireAsync(call.AccountId, request.UserName, token);
            await dependents.ThrowIfAnyAsync(current.User, token);
            var boundaryWrites = await boundaries.ChangeAsync(call.AccountId, HolderKind.User, current.User.UserId, current.User.PermissionsBoundaryArn, null, token);
            return await store.CommitAsync([.. UserDirectory.Delete(current), .. boundaryWrites], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
