using Rampart.Iam.Tagging;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record ListServerCertificateTagsRequest(string ServerCertificateName, string? Marker, int? MaxItems) : ITagPageRequest
{
    string ITaggedEntityRequest.EntityId => ServerCertificateName;
}

public sealed class ListServerCertificateTags(IStore store) : ListEntityTags<ListServerCertificateTagsRequest>(new ServerCertificateTags(store));
