using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rampart.Hosting;

namespace Rampart.Waf.Gateway;

/// <summary>Starts the `--gateway`s with the server and stops them with it.</summary>
public sealed class GatewayHosting(
    ServerOptions options,
    DefaultAccount account,
    GatewayDirectory directory,
    IServiceProvider services) : IHostedService, IAsyncDisposable
{
    private readonly List<GatewayServer> servers = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Gateways.Count == 0)
        {
            return;
        }
        // Resolved only now: the shared context needs the store's secrets, which exist once the server core is open.
        var context = services.GetRequiredService<GatewayContext>();
        foreach (var definition in options.Gateways)
        {
            var arn = LoadBalancerArn.For(definition.Name, options.Region, account.AccountId);
            var server = await GatewayServer.StartAsync(definition, arn, context, cancellationToken);
            servers.Add(server);
            directory.Add(server.Running);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var server in servers)
        {
            directory.Remove(server.Running.Arn);
            await server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
        servers.Clear();
    }
}
