using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

/// <summary>ListAttached{User,Group,Role}Policies: the holder's attached managed policies, by path prefix.</summary>
public abstract class ListAttachedHolderPolicies<TRequest>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, AttachedPolicyPage>(store, kind, "ListAttached{0}Policies", readOnly: true)
    where TRequest : IAttachedPageRequest
{
    protected sealed override async Task<AttachedPolicyPage> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await RequireHolderAsync(request, call, cancellationToken);
        var attached = await new PolicyAttachments(Store).OfHolderAsync(call.AccountId, holder.Id, cancellationToken);
        return AttachedPolicyPage.Of(attached, request.PathPrefix, request.Marker, request.MaxItems);
    }
}
