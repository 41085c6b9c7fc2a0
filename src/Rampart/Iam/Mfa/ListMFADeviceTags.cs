using Rampart.Iam.Tagging;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record ListMFADeviceTagsRequest(string SerialNumber, string? Marker, int? MaxItems) : ITagPageRequest
{
    string ITaggedEntityRequest.EntityId => SerialNumber;
}

public sealed class ListMFADeviceTags(IStore store, SecretProtector secrets) : ListEntityTags<ListMFADeviceTagsRequest>(new MfaTags(store, secrets));
