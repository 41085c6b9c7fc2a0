using Rampart.Iam.Common;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record UpdateRoleRequest(string RoleName, string? Description, int? MaxSessionDuration);

/// <summary>Changes a role's description and maximum session duration; an absent value leaves it as it is.</summary>
public sealed class UpdateRole(IStore store) : RoleOperation<UpdateRoleRequest, EmptyResponse>
{
    public override string Name => "UpdateRole";

    protected override OperationDeclaration<UpdateRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateRole",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.MaxSessionDuration is not null)
        {
            await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        }
        await RoleUpdates.ApplyAsync(store, call.AccountId, request.RoleName, role => role with
        {
            Description = request.Description ?? role.Description,
            MaxSessionDuration = request.MaxSessionDuration ?? role.MaxSessionDuration,
        }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
