using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Attached;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record ListAttachedRolePoliciesRequest(string RoleName, string? PathPrefix, string? Marker, int? MaxItems) : IAttachedPageRequest
{
    string IHolderRequest.HolderName => RoleName;
}

public sealed class ListAttachedRolePolicies(IStore store) : ListAttachedHolderPolicies<ListAttachedRolePoliciesRequest>(store, HolderKind.Role);
