using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace Rampart.Shield.Defences;

/// <summary>
/// A connection's output as Kestrel's HTTP layer writes it, watched for a client that stops taking the response (slow
/// read): a flush the transport holds back for <see cref="DefenceLimits.ResponseDrainTimeout"/> means the client read
/// less than the transport's resume gap in that time, so the connection is cut and counted. Kestrel's own minimum
/// response rate cannot see this once the first megabytes went fast: it grants each write time in proportion to its
/// size, and those grants add up.
/// </summary>
public sealed class DrainWatchedWriter(PipeWriter inner, ConnectionContext connection, AttackMonitor monitor, TimeProvider time) : PipeWriter
{
    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
        Watched(inner.FlushAsync(cancellationToken));

    public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default) =>
        Watched(inner.WriteAsync(source, cancellationToken));

    /// <summary>Flushes the transport takes at once cost nothing more; only one held back is timed.</summary>
    private ValueTask<FlushResult> Watched(ValueTask<FlushResult> flush) =>
        flush.IsCompleted ? flush : new ValueTask<FlushResult>(WaitForClientAsync(flush.AsTask()));

    private async Task<FlushResult> WaitForClientAsync(Task<FlushResult> flush)
    {
        try
        {
            return await flush.WaitAsync(DefenceLimits.ResponseDrainTimeout, time);
        }
        catch (TimeoutException)
        {
            monitor.Count(AttackVector.SlowRead, new AttackSource(ClientAddress.Of(connection.RemoteEndPoint)));
            // Reset rather than close: a close would leave the unread bytes queued in the kernel for the client to go
            // on trickling out.
            if (connection.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
            {
                socket.LingerState = new LingerOption(enable: true, seconds: 0);
            }
            connection.Abort(new ConnectionAbortedException("The client stopped reading the response."));
            return await flush;
        }
    }

    public override void Advance(int bytes) => inner.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;
}
