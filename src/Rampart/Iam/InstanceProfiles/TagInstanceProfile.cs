using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record TagInstanceProfileRequest(string InstanceProfileName, IReadOnlyList<IamTag> Tags) : ITagRequest
{
    string ITaggedEntityRequest.EntityId => InstanceProfileName;
}

public sealed class TagInstanceProfile(IStore store) : TagEntity<TagInstanceProfileRequest>(new InstanceProfileTags(store));
