using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.Users;

public sealed record UntagUserRequest(string UserName, IReadOnlyList<string> TagKeys) : IUntagRequest
{
    string ITaggedEntityRequest.EntityId => UserName;
}

public sealed class UntagUser(IStore store) : UntagEntity<UntagUserRequest>(new UserTags(store));
