using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

/// <summary>Detach{User,Group,Role}Policy: detaches a managed policy, authorized with iam:PolicyARN.</summary>
public abstract class DetachHolderPolicy<TRequest>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, EmptyResponse>(store, kind, "Detach{0}Policy", readOnly: false, request => PolicyArnKey.Of(request))
    where TRequest : IAttachmentRequest
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ThrowIfProtectedAsync(request, call, cancellationToken);
        PolicyArn.Parse(request.PolicyArn);
        var holder = await RequireHolderAsync(request, call, cancellationToken);
        await new PolicyAttachments(Store).DetachAsync(holder, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
