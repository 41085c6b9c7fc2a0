using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.Audit;

/// <summary>
/// The audit trail behind the request path: <see cref="Record"/> builds the call's record on the caller's thread
/// (so that building runs on every core at once) and queues it; one writer thread appends queued records to the
/// store's event log in batches (whatever has queued up while the previous batch was written, up to
/// <see cref="MaxBatch"/>), so a busy server writes few large transactions and the writer does only that.
/// A full queue makes callers wait instead of dropping events. Stopping (host shutdown or disposal) writes
/// everything queued before it returns.
/// </summary>
public sealed partial class WriteBehindAuditTrail : IAuditTrail, IHostedService, IAsyncDisposable
{
    /// <summary>Room for bursts of several thousand calls; the bound also caps the memory a writer that falls
    /// behind can take.</summary>
    public const int DefaultCapacity = 8_192;
    public const int MaxBatch = 1_000;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<EventEntry> queue;
    private readonly IStore store;
    private readonly CloudTrailRecordBuilder builder;
    private readonly ILogger<WriteBehindAuditTrail> logger;
    private readonly TaskCompletionSource writerStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock flushLock = new();
    private readonly List<(long Target, TaskCompletionSource Done)> flushWaiters = [];
    private long recorded;
    private long written;

    public WriteBehindAuditTrail(
        IStore store, CloudTrailRecordBuilder builder, ILogger<WriteBehindAuditTrail> logger, int capacity = DefaultCapacity)
    {
        this.store = store;
        this.builder = builder;
        this.logger = logger;
        queue = Channel.CreateBounded<EventEntry>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        WriterThread.Start("Rampart audit writer", WriteQueued);
    }

    public ValueTask Record(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        EventEntry logged;
        try
        {
            // Time-ordered (version 7) IDs keep the event log's ID index appending at its end.
            logged = AuditEventEntry.Of(builder.Build(entry, Uuids.Version7(entry.Time).ToString()), entry.Time);
        }
        catch (Exception e)
        {
            // A record that cannot be built is a defect in its entry; the call it describes has happened regardless.
            LogUnbuildable(logger, entry.Service, entry.Operation, entry.RequestId, e);
            return ValueTask.CompletedTask;
        }
        Interlocked.Increment(ref recorded);
        return queue.Writer.TryWrite(logged) ? ValueTask.CompletedTask : queue.Writer.WriteAsync(logged, cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref recorded);
        lock (flushLock)
        {
            if (Interlocked.Read(ref written) >= target)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            flushWaiters.Add((target, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops taking entries and writes every queued one; gives up only when the host's shutdown timeout
    /// cancels <paramref name="cancellationToken"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        try
        {
            await writerStopped.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAbandoned(logger, Interlocked.Read(ref recorded) - Interlocked.Read(ref written));
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writerStopped.Task;
    }

    private void WriteQueued()
    {
        try
        {
            var reader = queue.Reader;
            var batch = new List<EventEntry>(MaxBatch);
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }
                AppendAsync(batch).GetAwaiter().GetResult();
                Interlocked.Add(ref written, batch.Count);
                foreach (var appended in batch)
                {
                    AuditDocumentBuffers.Return(appended.Utf8Json);
                }
                batch.Clear();
                ReleaseFlushWaiters();
            }
            writerStopped.SetResult();
        }
        catch (Exception exception)
        {
            writerStopped.SetException(exception);
        }
    }

    /// <summary>Retries until the store takes the batch: appending is idempotent by event ID, and an event is
    /// never given up while the process runs.</summary>
    private async Task AppendAsync(List<EventEntry> entries)
    {
        var delay = FirstRetryDelay;
        while (entries.Count > 0)
        {
            try
            {
                await store.AppendEventsAsync(entries);
                return;
            }
            catch (Exception e) when (e is not ObjectDisposedException)
            {
                LogAppendFailed(logger, entries.Count, delay, e);
                await Task.Delay(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private void ReleaseFlushWaiters()
    {
        var done = Interlocked.Read(ref written);
        lock (flushLock)
        {
            flushWaiters.RemoveAll(waiter =>
            {
                if (waiter.Target > done)
                {
                    return false;
                }
                waiter.Done.TrySetResult();
                return true;
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit: could not build the record of {Service}:{Operation} (request {RequestId})")]
    private static partial void LogUnbuildable(ILogger logger, string service, string operation, string requestId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit: appending {Count} events failed; retrying in {Delay}")]
    private static partial void LogAppendFailed(ILogger logger, int count, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit: shutdown timed out with {Count} events not yet written")]
    private static partial void LogAbandoned(ILogger logger, long count);
}
