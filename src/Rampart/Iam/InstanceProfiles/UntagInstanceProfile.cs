using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record UntagInstanceProfileRequest(string InstanceProfileName, IReadOnlyList<string> TagKeys) : IUntagRequest
{
    string ITaggedEntityRequest.EntityId => InstanceProfileName;
}

public sealed class UntagInstanceProfile(IStore store) : UntagEntity<UntagInstanceProfileRequest>(new InstanceProfileTags(store));
