using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Connections;

namespace Rampart.Shield.Defences;

/// <summary>
/// Kestrel connection middleware in front of a gateway: caps the connections one client address holds, and notices
/// connections that ended without ever completing a request within the header timeout (slow headers, Slowloris), and
/// watches every connection's output for a client that stops reading (<see cref="DrainWatchedWriter"/>).
/// </summary>
public sealed class ClientConnectionGuard(AttackMonitor monitor, TimeProvider time, int connectionsPerClient = DefenceLimits.ConnectionsPerClient)
{
    private readonly Dictionary<IPAddress, int> open = [];
    private readonly Lock gate = new();

    public async Task OnConnectionAsync(ConnectionContext connection, ConnectionDelegate next)
    {
        var client = ClientAddress.Of(connection.RemoteEndPoint);
        if (!TryOpen(client))
        {
            monitor.Count(AttackVector.ConnectionFlood, new AttackSource(client));
            connection.Abort(new ConnectionAbortedException("The client holds too many connections."));
            return;
        }
        var activity = new ConnectionActivity();
        connection.Items[typeof(ConnectionActivity)] = activity;
        var transport = connection.Transport;
        connection.Transport = new WatchedTransport(transport.Input, new DrainWatchedWriter(transport.Output, connection, monitor, time));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(connection);
        }
        finally
        {
            Close(client);
            var lifetime = Stopwatch.GetElapsedTime(started);
            if (activity.Requests == 0 && lifetime >= DefenceLimits.RequestHeadersTimeout && lifetime < DefenceLimits.KeepAliveTimeout)
            {
                monitor.Count(AttackVector.SlowHeaders, new AttackSource(client));
            }
        }
    }

    private bool TryOpen(IPAddress client)
    {
        lock (gate)
        {
            var count = open.GetValueOrDefault(client);
            if (count >= connectionsPerClient)
            {
                return false;
            }
            open[client] = count + 1;
            return true;
        }
    }

    private void Close(IPAddress client)
    {
        lock (gate)
        {
            var count = open[client] - 1;
            if (count == 0)
            {
                open.Remove(client);
            }
            else
            {
                open[client] = count;
            }
        }
    }

    private sealed record WatchedTransport(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
