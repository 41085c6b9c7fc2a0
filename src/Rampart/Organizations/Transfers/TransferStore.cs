using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Transfers;

/// <summary>Responsibility transfers by ID, listed for the target account (inbound) and the source account (outbound).</summary>
public sealed class TransferStore(IStore store)
{
    public const string Collection = "org.transfer";
    public const string Inbound = "org.transfer-inbound";
    public const string Outbound = "org.transfer-outbound";

    public static ItemKey KeyOf(string transferId) => new(Collection, "", transferId);

    public async ValueTask<Stored<TransferRecord>?> FindAsync(string transferId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(transferId), cancellationToken) is { } item ? new(OrgJson.Read<TransferRecord>(item.Json), item.Version) : null;

    /// <summary>A transfer the account takes part in; others are told it does not exist.</summary>
    public async ValueTask<Stored<TransferRecord>> RequireVisibleAsync(string transferId, string accountId, CancellationToken cancellationToken) =>
        await FindAsync(transferId, cancellationToken) is { } transfer && transfer.Record.Involves(accountId)
            ? transfer
            : throw TransferErrors.NotFound();

    public static IEnumerable<StoreWrite> Create(TransferRecord transfer)
    {
        var entry = OrgJson.Write(new TransferEntry(transfer.Id));
        return
        [
            new StoreWrite.Put(KeyOf(transfer.Id), OrgJson.Write(transfer), StoreWrite.Absent),
            new StoreWrite.Put(new ItemKey(Inbound, transfer.TargetAccountId, transfer.Id), entry),
            new StoreWrite.Put(new ItemKey(Outbound, transfer.SourceAccountId, transfer.Id), entry),
        ];
    }

    public static StoreWrite Replace(Stored<TransferRecord> current, TransferRecord updated) =>
        new StoreWrite.Put(KeyOf(updated.Id), OrgJson.Write(updated), current.Version);
}

/// <summary>A transfer in an inbound or outbound listing.</summary>
public sealed record TransferEntry(string TransferId);
