using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Rampart.Audit;
using Rampart.Protocol.Models;

namespace Rampart.AuditBenchmarks;

/// <summary>The request path's whole share of the audit trail: <see cref="IAuditTrail.Record"/> with room in the
/// queue, measured over 10,000 calls while the writer is parked.</summary>
[MemoryDiagnoser]
public class RecordBenchmarks
{
    private const int Calls = 10_000;
    private readonly AuditEntry entry = BenchmarkEntries.CreateAccessKey();
    private ParkedEventLog log = null!;
    private WriteBehindAuditTrail trail = null!;

    [IterationSetup]
    public void StartTrail()
    {
        log = new ParkedEventLog();
        trail = new WriteBehindAuditTrail(log, new CloudTrailRecordBuilder(ServiceCatalog.Default),
            NullLogger<WriteBehindAuditTrail>.Instance, capacity: 2 * Calls);
    }

    [IterationCleanup]
    public void StopTrail()
    {
        log.Release();
        trail.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task Record()
    {
        for (var i = 0; i < Calls; i++)
        {
            await trail.Record(entry);
        }
    }
}
