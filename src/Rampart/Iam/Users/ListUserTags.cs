using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.Users;

public sealed record ListUserTagsRequest(string UserName, string? Marker, int? MaxItems) : ITagPageRequest
{
    string ITaggedEntityRequest.EntityId => UserName;
}

public sealed class ListUserTags(IStore store) : ListEntityTags<ListUserTagsRequest>(new UserTags(store));
