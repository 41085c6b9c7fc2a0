using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record TagMFADeviceRequest(string SerialNumber, IReadOnlyList<IamTag> Tags) : ITagRequest
{
    string ITaggedEntityRequest.EntityId => SerialNumber;
}

public sealed class TagMFADevice(IStore store, SecretProtector secrets) : TagEntity<TagMFADeviceRequest>(new MfaTags(store, secrets));
