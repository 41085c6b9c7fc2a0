using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Events;
using Rampart.Storage.Items;

namespace Rampart.AuditBenchmarks;

/// <summary>An event log that takes every batch at once, so that a benchmark of the request path measures the
/// queue and not the database behind it. Only appending is supported.</summary>
internal sealed class DiscardingEventLog : IStore
{
    public string Kind => "discarding";

    public ValueTask AppendEventsAsync(IReadOnlyList<EventEntry> events, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    public ValueTask<StoredItem?> GetAsync(ItemKey key, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<long> PutAsync(ItemKey key, string json, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<bool> DeleteAsync(ItemKey key, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<IReadOnlyList<long>> CommitAsync(IReadOnlyList<StoreWrite> writes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<ItemPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<long> CountAsync(string collection, string partition, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ChangeSubscription SubscribeChanges() => throw new NotSupportedException();

    public ValueTask WipeAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
