using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Tagging;

/// <summary>Adds or replaces tags on a protection or protection group.</summary>
public sealed class TagResource(IStore store) : ShieldOperation<TagResourceRequest, EmptyResponse>
{
    public override string Name => "TagResource";

    protected override OperationDeclaration<TagResourceRequest> Declaration { get; } = new()
    {
        Action = "shield:TagResource",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceARN],
        RequestTags = request => ShieldTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new TaggedResources(store).ChangeAsync(call, request.ResourceARN, tags => ShieldTags.Merge(tags, request.Tags), cancellationToken);
        return new EmptyResponse();
    }
}
