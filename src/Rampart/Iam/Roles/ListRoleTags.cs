using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record ListRoleTagsRequest(string RoleName, string? Marker, int? MaxItems) : ITagPageRequest
{
    string ITaggedEntityRequest.EntityId => RoleName;
}

public sealed class ListRoleTags(IStore store) : ListEntityTags<ListRoleTagsRequest>(new RoleTags(store));
