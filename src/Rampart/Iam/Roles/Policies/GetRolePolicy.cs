using Rampart.Iam.Policies;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record GetRolePolicyRequest(string RoleName, string PolicyName);

/// <summary>The document comes back URL-encoded (RFC 3986), as IAM returns it.</summary>
public sealed record GetRolePolicyResponse(string RoleName, string PolicyName, string PolicyDocument);

public sealed class GetRolePolicy(IStore store) : RoleOperation<GetRolePolicyRequest, GetRolePolicyResponse>
{
    public override string Name => "GetRolePolicy";

    protected override OperationDeclaration<GetRolePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetRolePolicy",
        ReadOnly = true,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<GetRolePolicyResponse> HandleAsync(GetRolePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Role, request.RoleName, cancellationToken);
        var policy = await new InlinePolicies(store).GetAsync(holder, request.PolicyName, cancellationToken);
        return new GetRolePolicyResponse(holder.Name, policy.PolicyName, Uri.EscapeDataString(policy.Document));
    }
}
