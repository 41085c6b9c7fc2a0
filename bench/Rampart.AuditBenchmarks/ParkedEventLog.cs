using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Events;
using Rampart.Storage.Items;

namespace Rampart.AuditBenchmarks;

/// <summary>An event log whose appends wait until <see cref="Release"/>, so that a benchmark of
/// <see cref="Rampart.Audit.IAuditTrail.Record"/> measures the request path alone while the writer is parked.
/// Only appending is supported.</summary>
internal sealed class ParkedEventLog : IStore
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Kind => "parked";

    public void Release() => released.TrySetResult();

    public async ValueTask AppendEventsAsync(IReadOnlyList<EventEntry> events, CancellationToken cancellationToken = default) =>
        await released.Task;

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
