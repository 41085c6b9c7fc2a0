using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Rampart.Audit;
using Rampart.Identity;
using Rampart.Protocol.Models;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.AuditBenchmarks;

/// <summary>What the audit trail costs. <see cref="Record"/> is the request path's whole share; the others are
/// the background writer's work per event (building and serializing the record, and appending it to SQLite).</summary>
[MemoryDiagnoser]
public class AuditTrailBenchmarks
{
    private readonly CloudTrailRecordBuilder builder = new(ServiceCatalog.Default);
    private AuditEntry entry = null!;
    private WriteBehindAuditTrail trail = null!;
    private string directory = null!;
    private IStore sqlite = null!;
    private List<EventEntry> batch = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        entry = new AuditEntry(
            DateTimeOffset.UtcNow,
            UserIdentity.Of(Principal.Root("123456789012", "AKIAIOSFODNN7EXAMPLE")),
            "iam",
            "CreateAccessKey",
            "us-east-1",
            "127.0.0.1",
            "aws-cli/2.15.0 Python/3.11.6 Linux/6.5 exe/x86_64",
            new JsonObject { ["UserName"] = "alice" },
            new JsonObject
            {
                ["AccessKey"] = new JsonObject
                {
                    ["UserName"] = "alice",
                    ["AccessKeyId"] = "AKIAI44QH8DHBEXAMPLE",
                    ["Status"] = "Active",
                    ["SecretAccessKey"] = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
                },
            },
            null,
            Guid.NewGuid().ToString(),
            false,
            "123456789012",
            ["arn:aws:iam::123456789012:user/alice"],
            null);
        trail = new WriteBehindAuditTrail(new DiscardingEventLog(), builder, NullLogger<WriteBehindAuditTrail>.Instance);
        directory = Directory.CreateTempSubdirectory("rampart-audit-bench-").FullName;
        sqlite = await StoreFactory.OpenAsync(null, directory);
        batch = [];
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await trail.DisposeAsync();
        await sqlite.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The pipeline's cost per call: queueing the entry while the writer drains concurrently.</summary>
    [Benchmark]
    public ValueTask Record() => trail.Record(entry);

    /// <summary>The writer's CPU work per event: the record with redaction and renaming, serialized with its index.</summary>
    [Benchmark]
    public EventEntry BuildRecord() => AuditEventEntry.Of(builder.Build(entry, Guid.NewGuid().ToString()), entry.Time);

    /// <summary>The writer's whole cost per event when it writes batches of 1,000 events, each batch in one SQLite
    /// transaction: the writer's throughput limit.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public async Task BuildAndAppendToSqlite()
    {
        batch.Clear();
        for (var i = 0; i < 1_000; i++)
        {
            batch.Add(AuditEventEntry.Of(builder.Build(entry, Guid.NewGuid().ToString()), entry.Time));
        }
        await sqlite.AppendEventsAsync(batch);
    }
}
