using Rampart.Iam.Common;

namespace Rampart.Iam.Tagging;

/// <summary>A request about one tagged entity. The model names it UserName, RoleName, InstanceProfileName,
/// ServerCertificateName or SerialNumber; each request record maps that member to <see cref="EntityId"/>.</summary>
public interface ITaggedEntityRequest
{
    string EntityId { get; }
}

/// <summary>Tag{Kind}: the tags to add.</summary>
public interface ITagRequest : ITaggedEntityRequest
{
    IReadOnlyList<IamTag> Tags { get; }
}

/// <summary>Untag{Kind}: the keys to remove.</summary>
public interface IUntagRequest : ITaggedEntityRequest
{
    IReadOnlyList<string> TagKeys { get; }
}

/// <summary>List{Kind}Tags: one page of the entity's tags.</summary>
public interface ITagPageRequest : ITaggedEntityRequest
{
    string? Marker { get; }

    int? MaxItems { get; }
}
