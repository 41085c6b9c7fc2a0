using Rampart.Iam.Common;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record PutRolePermissionsBoundaryRequest(string RoleName, string PermissionsBoundary);

/// <summary>Sets or replaces the managed policy that bounds a role's permissions.</summary>
public sealed class PutRolePermissionsBoundary(IStore store) : RoleOperation<PutRolePermissionsBoundaryRequest, EmptyResponse>
{
    public override string Name => "PutRolePermissionsBoundary";

    protected override OperationDeclaration<PutRolePermissionsBoundaryRequest> Declaration { get; } = new()
    {
        Action = "iam:PutRolePermissionsBoundary",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PermissionsBoundary"] = ContextValue.Single(request.PermissionsBoundary) },
    };

    protected override async Task<EmptyResponse> HandleAsync(PutRolePermissionsBoundaryRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        PermissionsBoundaryArn.Check(request.PermissionsBoundary);
        await RoleBoundary.SetAsync(store, call.AccountId, request.RoleName, request.PermissionsBoundary, cancellationToken);
        return EmptyResponse.Instance;
    }
}
