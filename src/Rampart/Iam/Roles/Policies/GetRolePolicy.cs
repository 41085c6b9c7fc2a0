using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Inline;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record GetRolePolicyRequest(string RoleName, string PolicyName) : IInlinePolicyRequest
{
    string IHolderRequest.HolderName => RoleName;
}

public sealed record GetRolePolicyResponse(string RoleName, string PolicyName, string PolicyDocument) : IInlinePolicyResponse<GetRolePolicyResponse>
{
    public static GetRolePolicyResponse Of(string holderName, string policyName, string policyDocument) => new(holderName, policyName, policyDocument);
}

public sealed class GetRolePolicy(IStore store) : GetHolderPolicy<GetRolePolicyRequest, GetRolePolicyResponse>(store, HolderKind.Role);
