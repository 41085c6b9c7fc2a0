using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Tagging;

/// <summary>The tags of a protection or protection group.</summary>
public sealed class ListTagsForResource(IStore store) : ShieldOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>
{
    public override string Name => "ListTagsForResource";

    protected override OperationDeclaration<ListTagsForResourceRequest> Declaration { get; } = new()
    {
        Action = "shield:ListTagsForResource",
        ReadOnly = true,
        Resources = (request, _) => [request.ResourceARN],
    };

    protected override async Task<ListTagsForResourceResponse> HandleAsync(ListTagsForResourceRequest request, CallContext call, CancellationToken cancellationToken) =>
        new(await new TaggedResources(store).TagsAsync(call, request.ResourceARN, cancellationToken));
}
