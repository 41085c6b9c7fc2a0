using Rampart.Iam.Common;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record UpdateAssumeRolePolicyRequest(string RoleName, string PolicyDocument);

/// <summary>Replaces a role's trust policy after the engine's parser accepts it as a trust policy.</summary>
public sealed class UpdateAssumeRolePolicy(IStore store) : RoleOperation<UpdateAssumeRolePolicyRequest, EmptyResponse>
{
    public override string Name => "UpdateAssumeRolePolicy";

    protected override OperationDeclaration<UpdateAssumeRolePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateAssumeRolePolicy",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateAssumeRolePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, cancellationToken);
        TrustPolicyDocument.Validate(request.PolicyDocument, request.RoleName);
        await RoleUpdates.ApplyAsync(store, call.AccountId, request.RoleName, role => role with { AssumeRolePolicyDocument = request.PolicyDocument }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
