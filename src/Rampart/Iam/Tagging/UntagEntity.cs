using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Iam.Tagging;

/// <summary>Untag{Kind}: removes tags from the entity; keys it does not have are ignored, as in IAM.</summary>
public abstract class UntagEntity<TRequest>(ITaggedEntities entities)
    : TaggingOperation<TRequest, EmptyResponse>(
        entities,
        "Untag{0}",
        readOnly: false,
        contextKeys: request => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) })
    where TRequest : IUntagRequest
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await Entities.ChangeTagsAsync(call.AccountId, request.EntityId, tags => IamTags.Remove(tags, request.TagKeys), cancellationToken);
        return EmptyResponse.Instance;
    }
}
