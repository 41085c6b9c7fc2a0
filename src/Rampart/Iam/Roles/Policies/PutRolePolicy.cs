using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record PutRolePolicyRequest(string RoleName, string PolicyName, string PolicyDocument);

/// <summary>Adds or replaces a role's inline policy, within the 10,240-character aggregate quota of a role.</summary>
public sealed class PutRolePolicy(IStore store) : RoleOperation<PutRolePolicyRequest, EmptyResponse>
{
    public override string Name => "PutRolePolicy";

    protected override OperationDeclaration<PutRolePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:PutRolePolicy",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<EmptyResponse> HandleAsync(PutRolePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        await new InlinePolicies(store).PutAsync(call.AccountId, HolderKind.Role, request.RoleName, request.PolicyName, request.PolicyDocument, cancellationToken);
        return EmptyResponse.Instance;
    }
}
