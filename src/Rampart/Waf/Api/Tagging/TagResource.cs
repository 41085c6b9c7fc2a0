using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Tagging;

public sealed record TagResourceRequest(string ResourceARN, IReadOnlyList<WafTag> Tags);

/// <summary>Adds or replaces tags on a web ACL, IP set, regex pattern set or rule group (at most 50).</summary>
public sealed class TagResource(IStore store, StoreWebAclSource webAcls) : WafOperation<TagResourceRequest, EmptyResponse>
{
    public override string Name => "TagResource";

    protected override OperationDeclaration<TagResourceRequest> Declaration { get; } = new()
    {
        Action = "wafv2:TagResource",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceARN],
        RequestTags = request => WafTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetByArnAsync(call, request.ResourceARN, null, cancellationToken);
        var tags = WafTags.Merge(existing.Record.Tags, request.Tags);
        await entities.ReplaceAsync(existing, existing.Record with { Tags = tags }, cancellationToken);
        return new EmptyResponse();
    }
}
