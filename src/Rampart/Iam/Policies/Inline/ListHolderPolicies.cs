using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

/// <summary>One page of List{User,Group,Role}Policies.</summary>
public sealed record InlinePolicyNamePage(IReadOnlyList<string> PolicyNames, bool IsTruncated, string? Marker);

/// <summary>List{User,Group,Role}Policies: the names of the holder's inline policies.</summary>
public abstract class ListHolderPolicies<TRequest>(IStore store, HolderKind kind)
    : HolderPolicyOperation<TRequest, InlinePolicyNamePage>(store, kind, "List{0}Policies", readOnly: true)
    where TRequest : IHolderPageRequest
{
    protected sealed override async Task<InlinePolicyNamePage> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await RequireHolderAsync(request, call, cancellationToken);
        var page = await new InlinePolicies(Store).ListNamesAsync(holder, request.Marker, request.MaxItems, cancellationToken);
        return new InlinePolicyNamePage(page.Items, page.IsTruncated, page.Marker);
    }
}
