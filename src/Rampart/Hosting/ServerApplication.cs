using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prometheus;
using Rampart.Audit;
using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Pipeline;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;
using Rampart.Signing;

namespace Rampart.Hosting;

/// <summary>The HTTP server: Kestrel alone, no MVC, no routing middleware, one terminal delegate (the pipeline);
/// services are wired here and extension points (operations, credential providers, policy sources, resource
/// lookups, caches) are discovered.</summary>
public static class ServerApplication
{
    /// <param name="core">Completes before the host starts; nothing is resolved from the container until then,
    /// so the host is built while the store opens.</param>
    public static WebApplication Build(ServerOptions options, Task<ServerCore> core)
    {
        // The content root must exist when the builder is made, and the data directory may not yet: the store opens
        // (and creates it) at the same time. Rampart serves no files from a content root, so the install directory does.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = HttpWire.MaxBodyBytes;
        });
        builder.WebHost.UseUrls(options.Listen.GetLeftPart(UriPartial.Authority));
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            // A failure to start (say, the port is taken) is reported by `rampart serve` in one line, not as a logged stack.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None)
            // Rampart logs no request start or end; left on, this category alone made ASP.NET Core open an activity
            // and a logging scope for every request (about a kilobyte of garbage each) that nothing reads.
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        // /metrics publishes the runtime's meters and Rampart's own counters. ASP.NET Core's per-request and
        // per-connection instruments, converted by the adapter on every call, cost about an eighth of a
        // GetCallerIdentity's CPU (bench/sts-load.sh).
        Metrics.ConfigureMeterAdapter(adapter => adapter.InstrumentFilterPredicate =
            instrument => !instrument.Meter.Name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));

        var services = builder.Services;
        services.AddSingleton(options)
            .AddSingleton(_ => Ready(core).Store)
            .AddSingleton(_ => Ready(core).Secrets)
            .AddSingleton(_ => Ready(core).Bootstrap)
            .AddSingleton(_ => Ready(core).Boot.Account)
            .AddSingleton(RequestRouter.Default)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<CredentialDirectory>()
            .AddSingleton<ISigningCredentialSource>(provider => provider.GetRequiredService<CredentialDirectory>())
            .AddSingleton<SigV4Verifier>()
            .AddSingleton<CallerAuthenticator>()
            .AddSingleton<Authorizer>()
            .AddSingleton<AdminEndpoints>()
            .AddSingleton<Sts.Outbound.OutboundIssuerDocuments>()
            .AddSingleton<OperationRegistry>()
            .AddSingleton<RequestPipeline>()
            .AddSingleton<Waf.Gateway.GatewayDirectory>()
            .AddSingleton<Waf.Gateway.GatewayContext>()
            .AddHostedService<StoreChangeFeed>()
            .AddHostedService<Kms.Maintenance.KmsMaintenance>()
            .AddHostedService<Waf.Gateway.GatewayHosting>();
        services.AddDiscovered<IOperation>()
            .AddDiscovered<ICredentialProvider>()
            .AddDiscovered<IPrincipalPolicySource>()
            .AddDiscovered<IResourceLookup>()
            .AddDiscovered<IResourceAccountPolicySource>()
            .AddDiscovered<ICacheInvalidator>()
            .AddDiscovered<Organizations.IOrganizationDirectory>()
            .AddDiscovered<Waf.IWebAclSource>()
            .AddDiscovered<Shield.IAttackLog>();
        services.AddAuditTrail();

        var app = builder.Build();
        app.UseMetricServer("/metrics");
        RequestPipeline? pipeline = null;
        app.Run(context => (pipeline ??= app.Services.GetRequiredService<RequestPipeline>()).HandleAsync(context));
        app.Lifetime.ApplicationStarted.Register(() => _ = WarmAsync(app.Services));
        return app;
    }

    /// <summary>Prepares what the first requests need, off the start-up path; a failure here only costs speed,
    /// and the request that needs the same thing reports it properly.</summary>
    private static async Task WarmAsync(IServiceProvider services)
    {
        try
        {
            await Task.Run(() => services.GetRequiredService<OperationRegistry>().Warm(ServiceCatalog.Default));
        }
        catch (Exception e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerApplication))
                .LogWarning("Warming up the operations failed: {ExceptionType}", e.GetType().FullName);
        }
    }

    private static ServerCore Ready(Task<ServerCore> core) =>
        core.IsCompletedSuccessfully ? core.Result : throw new InvalidOperationException("The server core is not open yet.");
}
