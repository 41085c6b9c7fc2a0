using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record GetUserPolicyRequest(string UserName, string PolicyName) : IInlinePolicyRequest
{
    string IHolderRequest.HolderName => UserName;
}

public sealed record GetUserPolicyResponse(string UserName, string PolicyName, string PolicyDocument) : IInlinePolicyResponse<GetUserPolicyResponse>
{
    public static GetUserPolicyResponse Of(string holderName, string policyName, string policyDocument) => new(holderName, policyName, policyDocument);
}

public sealed class GetUserPolicy(IStore store) : GetHolderPolicy<GetUserPolicyRequest, GetUserPolicyResponse>(store, HolderKind.User);
