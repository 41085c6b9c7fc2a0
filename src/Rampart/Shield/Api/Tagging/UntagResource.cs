using Rampart.Operations;
using Rampart.Policy;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Tagging;

/// <summary>Removes tags by key from a protection or protection group.</summary>
public sealed class UntagResource(IStore store) : ShieldOperation<UntagResourceRequest, EmptyResponse>
{
    public override string Name => "UntagResource";

    protected override OperationDeclaration<UntagResourceRequest> Declaration { get; } = new()
    {
        Action = "shield:UntagResource",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceARN],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new TaggedResources(store).ChangeAsync(call, request.ResourceARN, tags => [.. tags.Where(tag => !request.TagKeys.Contains(tag.Key))], cancellationToken);
        return new EmptyResponse();
    }
}
