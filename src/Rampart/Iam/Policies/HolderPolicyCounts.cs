using System.Text.Json;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies;

/// <summary>Reads and writes a holder's <see cref="HolderPoliciesRecord"/>.</summary>
public static class HolderPolicyCounts
{
    public static ItemKey KeyOf(string accountId, string holderId) => new(PolicyCollections.HolderPolicies, accountId, holderId);

    public static async ValueTask<(HolderPoliciesRecord Counts, long Version)> ReadAsync(
        IStore store, string accountId, string holderId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(KeyOf(accountId, holderId), cancellationToken);
        return item is null
            ? (HolderPoliciesRecord.Empty, StoreWrite.Absent)
            : (JsonSerializer.Deserialize<HolderPoliciesRecord>(item.Json)!, item.Version);
    }

    /// <summary>Replaces the counts read at <paramref name="version"/>; the record goes away when nothing is left.</summary>
    public static StoreWrite Write(string accountId, string holderId, HolderPoliciesRecord counts, long version) =>
        counts.IsEmpty
            ? new StoreWrite.Delete(KeyOf(accountId, holderId), version)
            : new StoreWrite.Put(KeyOf(accountId, holderId), JsonSerializer.Serialize(counts), version);
}
