using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record TagRoleRequest(string RoleName, IReadOnlyList<IamTag> Tags) : ITagRequest
{
    string ITaggedEntityRequest.EntityId => RoleName;
}

public sealed class TagRole(IStore store) : TagEntity<TagRoleRequest>(new RoleTags(store));
