using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

/// <summary>The answer of Get{User,Group,Role}Policy, which names the holder under the model's member.</summary>
public interface IInlinePolicyResponse<TSelf>
    where TSelf : IInlinePolicyResponse<TSelf>
{
    static abstract TSelf Of(string holderName, string policyName, string policyDocument);
}

/// <summary>Get{User,Group,Role}Policy: the document comes back URL-encoded (RFC 3986), as IAM returns it.</summary>
public abstract class GetHolderPolicy<TRequest, TResponse>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, TResponse>(store, kind, "Get{0}Policy", readOnly: true)
    where TRequest : IInlinePolicyRequest
    where TResponse : IInlinePolicyResponse<TResponse>
{
    protected sealed override async Task<TResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await RequireHolderAsync(request, call, cancellationToken);
        var policy = await new InlinePolicies(Store).GetAsync(holder, request.PolicyName, cancellationToken);
        return TResponse.Of(holder.Name, policy.PolicyName, Uri.EscapeDataString(policy.Document));
    }
}
