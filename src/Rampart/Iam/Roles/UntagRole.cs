using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record UntagRoleRequest(string RoleName, IReadOnlyList<string> TagKeys) : IUntagRequest
{
    string ITaggedEntityRequest.EntityId => RoleName;
}

public sealed class UntagRole(IStore store) : UntagEntity<UntagRoleRequest>(new RoleTags(store));
