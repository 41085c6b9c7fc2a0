using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record GetGroupPolicyRequest(string GroupName, string PolicyName) : IInlinePolicyRequest
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed record GetGroupPolicyResponse(string GroupName, string PolicyName, string PolicyDocument) : IInlinePolicyResponse<GetGroupPolicyResponse>
{
    public static GetGroupPolicyResponse Of(string holderName, string policyName, string policyDocument) => new(holderName, policyName, policyDocument);
}

public sealed class GetGroupPolicy(IStore store) : GetHolderPolicy<GetGroupPolicyRequest, GetGroupPolicyResponse>(store, HolderKind.Group);
