using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.Users;

public sealed record TagUserRequest(string UserName, IReadOnlyList<IamTag> Tags) : ITagRequest
{
    string ITaggedEntityRequest.EntityId => UserName;
}

public sealed class TagUser(IStore store) : TagEntity<TagUserRequest>(new UserTags(store));
