using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.Shield.Defences;
using Yarp.ReverseProxy.Forwarder;

namespace Rampart.Waf.Gateway;

/// <summary>
/// One gateway's own Kestrel server: its listener with the connection defences in front, Shield's limits, and the
/// request handler that inspects and forwards. It runs beside the API endpoint in the same process.
/// </summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly AttackMonitor monitor;
    private readonly GatewayRequestHandler handler;

    private GatewayServer(WebApplication app, AttackMonitor monitor, GatewayRequestHandler handler, RunningGateway running)
    {
        this.app = app;
        this.monitor = monitor;
        this.handler = handler;
        Running = running;
    }

    public RunningGateway Running { get; }

    /// <summary>Starts listening; throws <see cref="IOException"/> when the address cannot be bound.</summary>
    public static async Task<GatewayServer> StartAsync(GatewayDefinition definition, string arn, GatewayContext context,
        CancellationToken cancellationToken)
    {
        var monitor = new AttackMonitor(arn, context.AttackLog, context.Time, context.LoggerFactory.CreateLogger("Rampart.Shield"));
        var guard = new ClientConnectionGuard(monitor, context.Time);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter<KestrelDefenceSignals>(KestrelDefenceSignals.KestrelCategory, LogLevel.Debug)
            .AddProvider(new KestrelDefenceSignals(monitor))
            .AddProvider(new ForwardingLoggerProvider(context.LoggerFactory));
        builder.Services.AddHttpForwarder();
        // A small output buffer keeps what a slow reader holds per connection small, and makes a held-back flush mean
        // the client read little (DrainWatchedWriter).
        builder.WebHost.UseSockets(sockets => sockets.MaxWriteBufferSize = DefenceLimits.ResponseBufferSize);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            DefenceLimits.Apply(kestrel.Limits);
            Listen(kestrel, definition.Listen, listen => listen.Use(next => connection => guard.OnConnectionAsync(connection, next)));
        });
        var app = builder.Build();
        var handler = new GatewayRequestHandler(definition, arn, context, monitor,
            app.Services.GetRequiredService<IHttpForwarder>());
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            await monitor.DisposeAsync();
            handler.Dispose();
            throw new IOException($"gateway {definition.Name} cannot listen on {definition.Listen}: {e.Message}", e);
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? definition.Listen.ToString();
        var running = new RunningGateway(definition.Name, arn, bound.TrimEnd('/'), definition.Upstream.ToString().TrimEnd('/'));
        return new GatewayServer(app, monitor, handler, running);
    }

    private static void Listen(KestrelServerOptions kestrel, Uri listen, Action<ListenOptions> configure)
    {
        var host = listen.Host.Trim('[', ']');
        if (host == "localhost")
        {
            kestrel.ListenLocalhost(listen.Port, configure);
        }
        else if (host is "*" or "+")
        {
            kestrel.ListenAnyIP(listen.Port, configure);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(host), listen.Port, configure);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await monitor.DisposeAsync();
        handler.Dispose();
    }
}
