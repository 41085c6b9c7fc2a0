using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

/// <summary>Attach{User,Group,Role}Policy: attaches a managed policy, authorized with iam:PolicyARN.</summary>
public abstract class AttachHolderPolicy<TRequest>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, EmptyResponse>(store, kind, "Attach{0}Policy", readOnly: false, request => PolicyArnKey.Of(request))
    where TRequest : IAttachmentRequest
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ThrowIfProtectedAsync(request, call, cancellationToken);
        PolicyArn.Parse(request.PolicyArn);
        await new PolicyAttachments(Store).AttachAsync(call.AccountId, Kind, request.HolderName, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
