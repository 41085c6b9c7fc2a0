using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record DeleteRolePolicyRequest(string RoleName, string PolicyName);

public sealed class DeleteRolePolicy(IStore store) : RoleOperation<DeleteRolePolicyRequest, EmptyResponse>
{
    public override string Name => "DeleteRolePolicy";

    protected override OperationDeclaration<DeleteRolePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteRolePolicy",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteRolePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServiceLinkedRolePath.ThrowIfProtectedAsync(store, call.AccountId, request.RoleName, cancellationToken);
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Role, request.RoleName, cancellationToken);
        await new InlinePolicies(store).DeleteAsync(holder, request.PolicyName, cancellationToken);
        return EmptyResponse.Instance;
    }
}
