using Rampart.Audit;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Events;
using Rampart.Storage.Items;

namespace Rampart.Tests.Audit;

public class WriteBehindAuditTrailTests
{
    private static readonly string Partition = AuditPartition.Of(AuditEntries.Account, "us-east-1");

    [Fact]
    public async Task DisposingWritesEveryQueuedEvent()
    {
        await using var fixture = await AuditStoreFixture.OpenAsync();
        var trail = fixture.Trail();
        var requestIds = new List<string>();

        for (var i = 0; i < 3_000; i++)
        {
            var entry = AuditEntries.Call("sts", "GetCallerIdentity", readOnly: true);
            requestIds.Add(entry.RequestId);
            await trail.Record(entry);
        }
        await trail.DisposeAsync();

        var logged = await fixture.AllEventsAsync(Partition);
        Assert.Equal(3_000, logged.Count);
        Assert.Equal(requestIds.Order(), logged.Select(e => (string)CloudTrailRecordJson.Parse(e.Json)["requestID"]!).Order());
    }

    [Fact]
    public async Task HostShutdownWritesEveryQueuedEvent()
    {
        await using var fixture = await AuditStoreFixture.OpenAsync();
        var trail = fixture.Trail();
        await trail.StartAsync(CancellationToken.None);

        var recorders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++)
            {
                await trail.Record(AuditEntries.Call("iam", "ListUsers", readOnly: true));
            }
        }));
        await Task.WhenAll(recorders);
        await trail.StopAsync(CancellationToken.None);

        Assert.Equal(2_000, (await fixture.AllEventsAsync(Partition)).Count);
        await trail.DisposeAsync();
    }

    [Fact]
    public async Task AFullQueueMakesCallersWaitInsteadOfDroppingEvents()
    {
        await using var fixture = await AuditStoreFixture.OpenAsync();
        var trail = fixture.Trail(capacity: 4);

        var recorders = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await trail.Record(AuditEntries.Call("iam", "GetUser", readOnly: true));
            }
        }));
        await Task.WhenAll(recorders);
        await trail.DisposeAsync();

        Assert.Equal(800, (await fixture.AllEventsAsync(Partition)).Count);
    }

    [Fact]
    public async Task FlushMakesEveryEarlierEventVisible()
    {
        await using var fixture = await AuditStoreFixture.OpenAsync();
        await using var trail = fixture.Trail();

        for (var i = 0; i < 25; i++)
        {
            await trail.Record(AuditEntries.Call("iam", "GetUser", readOnly: true));
        }
        await trail.FlushAsync();

        Assert.Equal(25, (await fixture.AllEventsAsync(Partition)).Count);
    }

    [Fact]
    public async Task RetriesABatchTheStoreFailedToTake()
    {
        await using var fixture = await AuditStoreFixture.OpenAsync();
        var flaky = new StoreFailingAppends(fixture.Store, failures: 3);
        var trail = fixture.Trail(store: flaky);

        for (var i = 0; i < 10; i++)
        {
            await trail.Record(AuditEntries.Call("iam", "GetUser", readOnly: true));
        }
        await trail.DisposeAsync();

        Assert.Equal(3, flaky.FailedAppends);
        Assert.Equal(10, (await fixture.AllEventsAsync(Partition)).Count);
    }

    /// <summary>A store whose first appends fail, as a database that is briefly unavailable would.</summary>
    private sealed class StoreFailingAppends(IStore inner, int failures) : IStore
    {
        public int FailedAppends { get; private set; }

        public string Kind => inner.Kind;

        public ValueTask AppendEventsAsync(IReadOnlyList<EventEntry> events, CancellationToken cancellationToken = default)
        {
            if (FailedAppends < failures)
            {
                FailedAppends++;
                throw new IOException("database is locked");
            }
            return inner.AppendEventsAsync(events, cancellationToken);
        }

        public ValueTask<StoredItem?> GetAsync(ItemKey key, CancellationToken cancellationToken = default) =>
            inner.GetAsync(key, cancellationToken);

        public ValueTask<long> PutAsync(ItemKey key, string json, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
            inner.PutAsync(key, json, expectedVersion, cancellationToken);

        public ValueTask<bool> DeleteAsync(ItemKey key, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(key, expectedVersion, cancellationToken);

        public ValueTask<IReadOnlyList<long>> CommitAsync(IReadOnlyList<StoreWrite> writes, CancellationToken cancellationToken = default) =>
            inner.CommitAsync(writes, cancellationToken);

        public ValueTask<ItemPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default) =>
            inner.ListAsync(query, cancellationToken);

        public ValueTask<long> CountAsync(string collection, string partition, CancellationToken cancellationToken = default) =>
            inner.CountAsync(collection, partition, cancellationToken);

        public ValueTask<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryEventsAsync(query, cancellationToken);

        public ChangeSubscription SubscribeChanges() => inner.SubscribeChanges();

        public ValueTask WipeAsync(CancellationToken cancellationToken = default) => inner.WipeAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
