using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record TagServerCertificateRequest(string ServerCertificateName, IReadOnlyList<IamTag> Tags) : ITagRequest
{
    string ITaggedEntityRequest.EntityId => ServerCertificateName;
}

public sealed class TagServerCertificate(IStore store) : TagEntity<TagServerCertificateRequest>(new ServerCertificateTags(store));
