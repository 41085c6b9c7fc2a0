using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record ListAttachedUserPoliciesRequest(string UserName, string? PathPrefix, string? Marker, int? MaxItems) : IAttachedPageRequest
{
    string IHolderRequest.HolderName => UserName;
}

public sealed class ListAttachedUserPolicies(IStore store) : ListAttachedHolderPolicies<ListAttachedUserPoliciesRequest>(store, HolderKind.User);
