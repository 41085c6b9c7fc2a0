using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record ListUserPoliciesRequest(string UserName, string? Marker, int? MaxItems) : IHolderPageRequest
{
    string IHolderRequest.HolderName => UserName;
}

public sealed class ListUserPolicies(IStore store) : ListHolderPolicies<ListUserPoliciesRequest>(store, HolderKind.User);
