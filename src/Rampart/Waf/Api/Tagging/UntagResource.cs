using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Tagging;

public sealed record UntagResourceRequest(string ResourceARN, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags by key; keys the resource does not have are ignored.</summary>
public sealed class UntagResource(IStore store, StoreWebAclSource webAcls) : WafOperation<UntagResourceRequest, EmptyResponse>
{
    public override string Name => "UntagResource";

    protected override OperationDeclaration<UntagResourceRequest> Declaration { get; } = new()
    {
        Action = "wafv2:UntagResource",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceARN],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetByArnAsync(call, request.ResourceARN, null, cancellationToken);
        var tags = existing.Record.Tags.Where(tag => !request.TagKeys.Contains(tag.Key, StringComparer.Ordinal)).ToList();
        await entities.ReplaceAsync(existing, existing.Record with { Tags = tags }, cancellationToken);
        return new EmptyResponse();
    }
}
