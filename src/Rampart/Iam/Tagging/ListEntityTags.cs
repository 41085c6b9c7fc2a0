using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;

namespace Rampart.Iam.Tagging;

/// <summary>One page of List{Kind}Tags.</summary>
public sealed record TagPage(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);

/// <summary>List{Kind}Tags: an entity has at most 50 tags, kept in its record, so they page in memory and the Marker
/// is an offset.</summary>
public abstract class ListEntityTags<TRequest>(ITaggedEntities entities)
    : TaggingOperation<TRequest, TagPage>(entities, "List{0}Tags", readOnly: true)
    where TRequest : ITagPageRequest
{
    protected sealed override async Task<TagPage> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = SmallPage.Of(await Entities.TagsOfAsync(call.AccountId, request.EntityId, cancellationToken), request.Marker, request.MaxItems);
        return new TagPage(page.Items, page.IsTruncated, page.Marker);
    }
}
