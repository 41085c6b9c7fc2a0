using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record ListAttachedGroupPoliciesRequest(string GroupName, string? PathPrefix, string? Marker, int? MaxItems) : IAttachedPageRequest
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed class ListAttachedGroupPolicies(IStore store) : ListAttachedHolderPolicies<ListAttachedGroupPoliciesRequest>(store, HolderKind.Group);
