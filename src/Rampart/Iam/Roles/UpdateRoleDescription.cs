using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record UpdateRoleDescriptionRequest(string RoleName, string Description);

public sealed record UpdateRoleDescriptionResponse(RoleOutput Role);

/// <summary>Replaces a role's description and returns the role.</summary>
public sealed class UpdateRoleDescription(IStore store) : RoleOperation<UpdateRoleDescriptionRequest, UpdateRoleDescriptionResponse>
{
    public override string Name => "UpdateRoleDescription";

    protected override OperationDeclaration<UpdateRoleDescriptionRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateRoleDescription",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<UpdateRoleDescriptionResponse> HandleAsync(UpdateRoleDescriptionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var role = await RoleUpdates.ApplyAsync(store, call.AccountId, request.RoleName, role => role with { Description = request.Description }, cancellationToken);
        var lastUsed = await new RoleDirectory(store).LastUsedAsync(role.AccountId, role.RoleId, cancellationToken);
        return new UpdateRoleDescriptionResponse(RoleOutput.Full(role, lastUsed));
    }
}
