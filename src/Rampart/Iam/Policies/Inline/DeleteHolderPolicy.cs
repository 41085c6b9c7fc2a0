using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

/// <summary>Delete{User,Group,Role}Policy: removes one inline policy of the holder.</summary>
public abstract class DeleteHolderPolicy<TRequest>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, EmptyResponse>(store, kind, "Delete{0}Policy", readOnly: false)
    where TRequest : IInlinePolicyRequest
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ThrowIfProtectedAsync(request, call, cancellationToken);
        var holder = await RequireHolderAsync(request, call, cancellationToken);
        await new InlinePolicies(Store).DeleteAsync(holder, request.PolicyName, cancellationToken);
        return EmptyResponse.Instance;
    }
}
