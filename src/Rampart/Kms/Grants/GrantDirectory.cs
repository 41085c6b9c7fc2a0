using Rampart.Kms.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Grants;

/// <summary>Reads and writes grants in the store, next to their key's partition.</summary>
public sealed class GrantDirectory(IStore store)
{
    private const int PageSize = 1000;

    public static ItemKey KeyOf(string accountId, string region, string keyId, string grantId) =>
        new(KmsCollections.Grant, KmsCollections.Partition(accountId, region), $"{keyId}/{grantId}");

    public async ValueTask<(GrantRecord Grant, long Version)?> FindAsync(
        string accountId, string region, string keyId, string grantId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(KeyOf(accountId, region, keyId, grantId), cancellationToken);
        return item is null ? null : (KmsJson.Read<GrantRecord>(item.Json), item.Version);
    }

    /// <summary>Every grant of a key, in grant ID order.</summary>
    public async ValueTask<IReadOnlyList<GrantRecord>> AllOfKeyAsync(string accountId, string region, string keyId, CancellationToken cancellationToken)
    {
        var grants = new List<GrantRecord>();
        string? after = null;
        do
        {
            var page = await store.ListAsync(
                new ListQuery(KmsCollections.Grant, KmsCollections.Partition(accountId, region), keyId + "/", after, PageSize), cancellationToken);
            grants.AddRange(page.Items.Select(item => KmsJson.Read<GrantRecord>(item.Json)));
            after = page.NextStartAfter;
        }
        while (after is not null);
        return grants;
    }
}
