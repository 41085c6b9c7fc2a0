using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record DetachRolePolicyRequest(string RoleName, string PolicyArn);

public sealed class DetachRolePolicy(IStore store) : RoleOperation<DetachRolePolicyRequest, EmptyResponse>
{
    public override string Name => "DetachRolePolicy";

    protected override OperationDeclaration<DetachRolePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DetachRolePolicy",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) },
    };

    protected override async Task<EmptyResponse> HandleAsync(DetachRolePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        Iam.Policies.PolicyArn.Parse(request.PolicyArn);
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Role, request.RoleName, cancellationToken);
        await new PolicyAttachments(store).DetachAsync(holder, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
