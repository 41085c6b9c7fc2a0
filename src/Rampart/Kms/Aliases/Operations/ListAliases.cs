using Rampart.Kms.Common;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Aliases.Operations;

public sealed record ListAliasesRequest(string? KeyId, int? Limit, string? Marker);

public sealed record AliasListEntry(string AliasName, string AliasArn, string TargetKeyId, DateTimeOffset CreationDate, DateTimeOffset LastUpdatedDate);

public sealed record ListAliasesResponse(IReadOnlyList<AliasListEntry> Aliases, string? NextMarker, bool Truncated);

/// <summary>Lists the aliases of the caller's account and region in name order, optionally only those of one key.</summary>
public sealed class ListAliases(IStore store) : KmsOperation<ListAliasesRequest, ListAliasesResponse>
{
    private const int DefaultLimit = 50;

    public override string Name => "ListAliases";

    protected override OperationDeclaration<ListAliasesRequest> Declaration { get; } = new()
    {
        Action = "kms:ListAliases",
        ReadOnly = true,
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<ListAliasesResponse> HandleAsync(ListAliasesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        string? keyId = null;
        if (request.KeyId is not null)
        {
            keyId = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: false, cancellationToken)).Key.KeyId;
        }
        var limit = request.Limit ?? DefaultLimit;
        var entries = new List<AliasListEntry>();
        var after = KmsMarker.Read(request.Marker);
        var partition = KmsCollections.Partition(call.AccountId, call.Region);
        // With a key filter, scanning goes on until the page is full or the aliases run out.
        while (entries.Count < limit)
        {
            var page = await store.ListAsync(new ListQuery(KmsCollections.Alias, partition, null, after, limit - entries.Count), cancellationToken);
            foreach (var item in page.Items)
            {
                var alias = KmsJson.Read<AliasRecord>(item.Json);
                after = item.Key.Key;
                if (keyId is null || alias.TargetKeyId == keyId)
                {
                    entries.Add(new AliasListEntry(
                        alias.AliasName, KmsArn.Alias(call.Region, call.AccountId, alias.AliasName), alias.TargetKeyId, alias.CreationDate, alias.LastUpdatedDate));
                }
            }
            if (!page.IsTruncated)
            {
                return new ListAliasesResponse(entries, null, false);
            }
        }
        return new ListAliasesResponse(entries, KmsMarker.Write(after), true);
    }
}
