using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record UntagServerCertificateRequest(string ServerCertificateName, IReadOnlyList<string> TagKeys) : IUntagRequest
{
    string ITaggedEntityRequest.EntityId => ServerCertificateName;
}

public sealed class UntagServerCertificate(IStore store) : UntagEntity<UntagServerCertificateRequest>(new ServerCertificateTags(store));
