using Rampart.Iam.Common;
using Rampart.Iam.InstanceProfiles;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Boundaries;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Roles;

public sealed record DeleteRoleRequest(string RoleName);

/// <summary>Deletes a role that is in no instance profile and has no policies left; its boundary's usage count is released with it.</summary>
public sealed class DeleteRole(IStore store) : RoleOperation<DeleteRoleRequest, EmptyResponse>
{
    public override string Name => "DeleteRole";

    protected override OperationDeclaration<DeleteRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteRole",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, token);
            var role = current.Role;
            if (await new InstanceProfileDirectory(store).HoldsRoleAsync(role.AccountId, role.RoleId, token))
            {
                throw IamErrors.MustDeleteFirst("remove roles from instance profile");
            }
            await HolderPolicyCheck.ThrowIfAnyAsync(store, role.AccountId, role.RoleId, token);
            var boundaryUsage = await new PermissionsBoundaries(store).ChangeAsync(
                role.AccountId, HolderKind.Role, role.RoleId, role.PermissionsBoundaryArn, null, token);
            return await store.CommitAsync([.. RoleDirectory.Delete(current), .. boundaryUsage], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
