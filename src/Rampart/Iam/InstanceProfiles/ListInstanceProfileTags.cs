using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record ListInstanceProfileTagsRequest(string InstanceProfileName, string? Marker, int? MaxItems) : ITagPageRequest
{
    string ITaggedEntityRequest.EntityId => InstanceProfileName;
}

public sealed class ListInstanceProfileTags(IStore store) : ListEntityTags<ListInstanceProfileTagsRequest>(new InstanceProfileTags(store));
