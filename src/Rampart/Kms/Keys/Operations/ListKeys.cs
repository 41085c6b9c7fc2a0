using Rampart.Kms.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Keys.Operations;

public sealed record ListKeysRequest(int? Limit, string? Marker);

public sealed record KeyListEntry(string KeyId, string KeyArn);

public sealed record ListKeysResponse(IReadOnlyList<KeyListEntry> Keys, string? NextMarker, bool Truncated);

/// <summary>Lists the keys of the caller's account and region one page at a time, in key ID order.</summary>
public sealed class ListKeys(IStore store) : KmsOperation<ListKeysRequest, ListKeysResponse>
{
    public override string Name => "ListKeys";

    protected override OperationDeclaration<ListKeysRequest> Declaration { get; } = new()
    {
        Action = "kms:ListKeys",
        ReadOnly = true,
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<ListKeysResponse> HandleAsync(ListKeysRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(
            new ListQuery(KmsCollections.Key, KmsCollections.Partition(call.AccountId, call.Region), null, KmsMarker.Read(request.Marker), request.Limit ?? 100),
            cancellationToken);
        var keys = page.Items.Select(item => KmsJson.Read<KeyRecord>(item.Json)).Select(key => new KeyListEntry(key.KeyId, key.Arn)).ToList();
        return new ListKeysResponse(keys, KmsMarker.Write(page.NextStartAfter), page.IsTruncated);
    }
}
