using BenchmarkDotNet.Attributes;
using Rampart.Audit;
using Rampart.Protocol.Models;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.AuditBenchmarks;

/// <summary>The background writer's work per event: building the record (redaction, member renaming, JSON and
/// index attributes), and that plus appending it to SQLite in batches of 1,000 events per transaction. The
/// second bounds how many calls per second the server can sustain with the embedded store.</summary>
[MemoryDiagnoser]
public class AuditWriterBenchmarks
{
    private const int BatchSize = 1_000;
    private readonly CloudTrailRecordBuilder builder = new(ServiceCatalog.Default);
    private readonly AuditEntry entry = BenchmarkEntries.CreateAccessKey();
    private readonly List<EventEntry> batch = new(BatchSize);
    private string directory = null!;
    private IStore sqlite = null!;

    [GlobalSetup]
    public async Task OpenStore()
    {
        directory = Directory.CreateTempSubdirectory("rampart-audit-bench-").FullName;
        sqlite = await StoreFactory.OpenAsync(null, directory);
    }

    [GlobalCleanup]
    public async Task CloseStore()
    {
        await sqlite.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public EventEntry BuildRecord() => AuditEventEntry.Of(builder.Build(entry, Guid.CreateVersion7().ToString()), entry.Time);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task BuildAndAppendToSqlite()
    {
        batch.Clear();
        for (var i = 0; i < BatchSize; i++)
        {
            batch.Add(AuditEventEntry.Of(builder.Build(entry, Guid.CreateVersion7().ToString()), entry.Time));
        }
        await sqlite.AppendEventsAsync(batch);
    }
}
