using Rampart.Iam.Tagging;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record UntagMFADeviceRequest(string SerialNumber, IReadOnlyList<string> TagKeys) : IUntagRequest
{
    string ITaggedEntityRequest.EntityId => SerialNumber;
}

public sealed class UntagMFADevice(IStore store, SecretProtector secrets) : UntagEntity<UntagMFADeviceRequest>(new MfaTags(store, secrets));
