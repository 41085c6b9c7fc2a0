using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Inline;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record ListRolePoliciesRequest(string RoleName, string? Marker, int? MaxItems) : IHolderPageRequest
{
    string IHolderRequest.HolderName => RoleName;
}

public sealed class ListRolePolicies(IStore store) : ListHolderPolicies<ListRolePoliciesRequest>(store, HolderKind.Role);
