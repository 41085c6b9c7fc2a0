using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

/// <summary>Put{User,Group,Role}Policy: adds or replaces an inline policy, within the holder's aggregate size quota.</summary>
public abstract class PutHolderPolicy<TRequest>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, EmptyResponse>(store, kind, "Put{0}Policy", readOnly: false)
    where TRequest : IInlinePolicyWrite
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ThrowIfProtectedAsync(request, call, cancellationToken);
        await new InlinePolicies(Store).PutAsync(call.AccountId, Kind, request.HolderName, request.PolicyName, request.PolicyDocument, cancellationToken);
        return EmptyResponse.Instance;
    }
}
