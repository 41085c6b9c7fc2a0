using Rampart.Storage.Changes;
using Rampart.Storage.Events;
using Rampart.Storage.Items;

namespace Rampart.Storage;

/// <summary>
/// Rampart's persistent state: versioned JSON items addressed by (collection, partition, key), an append-only
/// event log, and change notifications. Open one with <see cref="StoreFactory.OpenAsync"/>; it is safe to use from
/// many threads at once and is meant to live as long as the process.
/// </summary>
/// <remarks>
/// Unique secondary lookups (access key ID to user, user ID to user, case-insensitive names) are items of
/// their own, written in the same <see cref="CommitAsync"/> as the item they point to, with
/// <see cref="StoreWrite.Absent"/> as expected version so that a duplicate fails the whole transaction.
/// </remarks>
public interface IStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Kind { get; }

    ValueTask<StoredItem?> GetAsync(ItemKey key, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces one item and returns its new version; see <see cref="StoreWrite"/> for <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="ConcurrencyConflictException">The item is not at the expected version.</exception>
    ValueTask<long> PutAsync(ItemKey key, string json, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes one item; returns whether it existed.</summary>
    /// <exception cref="ConcurrencyConflictException">The item is not at the expected version.</exception>
    ValueTask<bool> DeleteAsync(ItemKey key, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies every write, in order, atomically: all commit or none does. Returns, for each write, the item's
    /// version afterwards (a put), the version it had (a delete; 0 when it was absent) or the version checked.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">A write's expected version did not match; nothing was written.</exception>
    ValueTask<IReadOnlyList<long>> CommitAsync(IReadOnlyList<StoreWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>One page of a (collection, partition) in ascending ordinal key order, served by the primary index.</summary>
    ValueTask<ItemPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>The number of items in a (collection, partition), maintained on every write so it costs one row read.</summary>
    ValueTask<long> CountAsync(string collection, string partition, CancellationToken cancellationToken = default);

    /// <summary>Appends a batch of events in one transaction; events whose ID the partition already holds are skipped.</summary>
    ValueTask AppendEventsAsync(IReadOnlyList<EventEntry> events, CancellationToken cancellationToken = default);

    /// <summary>Events of one partition, newest first, by an optional attribute and time range, one page at a time.</summary>
    /// <exception cref="InvalidContinuationTokenException">The query's continuation token was not issued by a store.</exception>
    ValueTask<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Subscribes to committed changes: this instance's own writes, and with PostgreSQL also those of every other
    /// process using the same database. Dispose the subscription to stop.
    /// </summary>
    ChangeSubscription SubscribeChanges();

    /// <summary>Deletes every item and every event (the schema stays); subscribers receive <see cref="StoreChange.Everything"/>.</summary>
    ValueTask WipeAsync(CancellationToken cancellationToken = default);
}
