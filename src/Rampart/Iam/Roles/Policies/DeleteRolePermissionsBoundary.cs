using Rampart.Iam.Common;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record DeleteRolePermissionsBoundaryRequest(string RoleName);

/// <summary>Removes a role's permissions boundary; a role without one is left as it is.</summary>
public sealed class DeleteRolePermissionsBoundary(IStore store) : RoleOperation<DeleteRolePermissionsBoundaryRequest, EmptyResponse>
{
    public override string Name => "DeleteRolePermissionsBoundary";

    protected override OperationDeclaration<DeleteRolePermissionsBoundaryRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteRolePermissionsBoundary",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteRolePermissionsBoundaryRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        await RoleBoundary.SetAsync(store, call.AccountId, request.RoleName, null, cancellationToken);
        return EmptyResponse.Instance;
    }
}
