using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record GetRoleRequest(string RoleName);

public sealed record GetRoleResponse(RoleOutput Role);

/// <summary>A role with its trust policy, boundary, tags and last use.</summary>
public sealed class GetRole(IStore store) : RoleOperation<GetRoleRequest, GetRoleResponse>
{
    public override string Name => "GetRole";

    protected override OperationDeclaration<GetRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:GetRole",
        ReadOnly = true,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<GetRoleResponse> HandleAsync(GetRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var roles = new RoleDirectory(store);
        var role = (await roles.RequireAsync(call.AccountId, request.RoleName, cancellationToken)).Role;
        return new GetRoleResponse(RoleOutput.Full(role, await roles.LastUsedAsync(role.AccountId, role.RoleId, cancellationToken)));
    }
}
