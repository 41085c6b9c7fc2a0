using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.Tagging;

/// <summary>Tag{Kind}: adds tags to the entity, replacing the values of keys it already has.</summary>
public abstract class TagEntity<TRequest>(ITaggedEntities entities)
    : TaggingOperation<TRequest, EmptyResponse>(entities, "Tag{0}", readOnly: false, requestTags: request => IamTags.ToDictionary(request.Tags))
    where TRequest : ITagRequest
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await Entities.ChangeTagsAsync(call.AccountId, request.EntityId, tags => IamTags.Merge(tags, request.Tags, Entities.Kind), cancellationToken);
        return EmptyResponse.Instance;
    }
}
