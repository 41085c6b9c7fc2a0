using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record AttachRolePolicyRequest(string RoleName, string PolicyArn);

public sealed class AttachRolePolicy(IStore store) : RoleOperation<AttachRolePolicyRequest, EmptyResponse>
{
    public override string Name => "AttachRolePolicy";

    protected override OperationDeclaration<AttachRolePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:AttachRolePolicy",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) },
    };

    protected override async Task<EmptyResponse> HandleAsync(AttachRolePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        Iam.Policies.PolicyArn.Parse(request.PolicyArn);
        await new PolicyAttachments(store).AttachAsync(call.AccountId, HolderKind.Role, request.RoleName, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
