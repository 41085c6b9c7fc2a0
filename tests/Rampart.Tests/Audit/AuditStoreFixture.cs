using Microsoft.Extensions.Logging.Abstractions;
using Rampart.Audit;
using Rampart.Protocol.Models;
using Rampart.Storage;
using Rampart.Storage.Events;
using Rampart.TestSupport;

namespace Rampart.Tests.Audit;

/// <summary>A real SQLite store in a temporary directory, with the audit trail writing into it.</summary>
internal sealed class AuditStoreFixture : IAsyncDisposable
{
    private readonly TempDirectory directory;

    private AuditStoreFixture(TempDirectory directory, IStore store)
    {
        this.directory = directory;
        Store = store;
    }

    public IStore Store { get; }

    public static async Task<AuditStoreFixture> OpenAsync()
    {
        var directory = new TempDirectory("audit");
        return new AuditStoreFixture(directory, await StoreFactory.OpenAsync(null, directory.Path));
    }

    public WriteBehindAuditTrail Trail(int capacity = WriteBehindAuditTrail.DefaultCapacity, IStore? store = null) =>
        new(store ?? Store, new CloudTrailRecordBuilder(ServiceCatalog.Default),
            NullLogger<WriteBehindAuditTrail>.Instance, capacity);

    /// <summary>Every logged event of a partition, newest first.</summary>
    public async Task<IReadOnlyList<LoggedEvent>> AllEventsAsync(string partition)
    {
        var events = new List<LoggedEvent>();
        string? token = null;
        do
        {
            var page = await Store.QueryEventsAsync(new EventQuery(partition, Limit: EventQuery.MaxLimit, ContinuationToken: token));
            events.AddRange(page.Events);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        directory.Dispose();
    }
}
