using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record ListGroupPoliciesRequest(string GroupName, string? Marker, int? MaxItems) : IHolderPageRequest
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed class ListGroupPolicies(IStore store) : ListHolderPolicies<ListGroupPoliciesRequest>(store, HolderKind.Group);
