using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record ListResourceTagsRequest(string KeyId, int? Limit, string? Marker);

public sealed record ListResourceTagsResponse(IReadOnlyList<KmsTag> Tags, string? NextMarker, bool Truncated);

/// <summary>Lists a key's tags in key order, a page at a time.</summary>
public sealed class ListResourceTags(IStore store, KeyArnResolver arns) : KmsOperation<ListResourceTagsRequest, ListResourceTagsResponse>
{
    public override string Name => "ListResourceTags";

    protected override OperationDeclaration<ListResourceTagsRequest> Declaration { get; } = new()
    {
        Action = "kms:ListResourceTags",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<ListResourceTagsResponse> HandleAsync(ListResourceTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var stored = await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: false, cancellationToken);
        var after = KmsMarker.Read(request.Marker);
        var remaining = stored.Key.Tags.OrderBy(tag => tag.TagKey, StringComparer.Ordinal)
            .Where(tag => after is null || string.CompareOrdinal(tag.TagKey, after) > 0).ToList();
        var page = remaining.Take(request.Limit ?? 50).ToList();
        var truncated = page.Count < remaining.Count;
        return new ListResourceTagsResponse(page, truncated ? KmsMarker.Write(page[^1].TagKey) : null, truncated);
    }
}
