using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Tagging;

public sealed record ListTagsForResourceRequest(string ResourceARN, string? NextMarker, int? Limit);

public sealed record TagInfoForResource(string ResourceARN, IReadOnlyList<WafTag> TagList);

public sealed record ListTagsForResourceResponse(string? NextMarker, TagInfoForResource TagInfoForResource);

/// <summary>A resource's tags, in pages of Limit (the marker is the position to continue from).</summary>
public sealed class ListTagsForResource(IStore store, StoreWebAclSource webAcls) : WafOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>
{
    public override string Name => "ListTagsForResource";

    protected override OperationDeclaration<ListTagsForResourceRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListTagsForResource",
        ReadOnly = true,
        Resources = (request, _) => [request.ResourceARN],
    };

    protected override async Task<ListTagsForResourceResponse> HandleAsync(ListTagsForResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var existing = await new EntityStore(store, webAcls).GetByArnAsync(call, request.ResourceARN, null, cancellationToken);
        var start = WafMarker.Read(request.NextMarker) is { } marker && int.TryParse(marker, out var position) ? position : 0;
        var limit = request.Limit ?? WafMarker.DefaultLimit;
        var page = existing.Record.Tags.Skip(start).Take(limit).ToList();
        var next = start + limit < existing.Record.Tags.Count ? WafMarker.Write((start + limit).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return new ListTagsForResourceResponse(next, new TagInfoForResource(existing.Record.Arn, page));
    }
}
