using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.Audit;
using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Pipeline;
using Rampart.Protocol.Routing;
using Rampart.Signing;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Hosting;

/// <summary>The HTTP server: Kestrel alone, no MVC, no routing middleware, one terminal delegate (the pipeline);
/// services are wired here and extension points (operations, credential providers, policy sources, resource
/// lookups, caches) are discovered.</summary>
public static class ServerApplication
{
    public static WebApplication Build(ServerOptions options, IStore store, SecretProtector secrets,
        DefaultAccountBootstrap bootstrap, DefaultAccount defaultAccount)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = options.DataDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = HttpWire.MaxBodyBytes;
        });
        builder.WebHost.UseUrls(options.Listen.GetLeftPart(UriPartial.Authority));
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            // A failure to start (say, the port is taken) is reported by `rampart serve` in one line, not as a logged stack.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        var services = builder.Services;
        services.AddSingleton(options).AddSingleton(store).AddSingleton(secrets)
            .AddSingleton(bootstrap).AddSingleton(defaultAccount)
            .AddSingleton(RequestRouter.Default)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<CredentialDirectory>()
            .AddSingleton<ISigningCredentialSource>(provider => provider.GetRequiredService<CredentialDirectory>())
            .AddSingleton<SigV4Verifier>()
            .AddSingleton<CallerAuthenticator>()
            .AddSingleton<Authorizer>()
            .AddSingleton<AdminEndpoints>()
            .AddSingleton<OperationRegistry>()
            .AddSingleton<RequestPipeline>()
            .AddHostedService<StoreChangeFeed>();
        services.AddDiscovered<IOperation>()
            .AddDiscovered<ICredentialProvider>()
            .AddDiscovered<IPrincipalPolicySource>()
            .AddDiscovered<IResourceLookup>()
            .AddDiscovered<ICacheInvalidator>();
        services.AddAuditTrail();

        var app = builder.Build();
        var pipeline = app.Services.GetRequiredService<RequestPipeline>();
        app.Run(pipeline.HandleAsync);
        app.Lifetime.ApplicationStarted.Register(() =>
            ThreadPool.UnsafeQueueUserWorkItem(registry => registry.Warm(), app.Services.GetRequiredService<OperationRegistry>(), preferLocal: false));
        return app;
    }
}
