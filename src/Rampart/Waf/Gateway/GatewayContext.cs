using Microsoft.Extensions.Logging;
using Rampart.Hosting;
using Rampart.Shield;
using Rampart.Storage;
using Rampart.Storage.Secrets;
using Rampart.Waf.Engine;
using Rampart.Waf.Gateway.Bots;

namespace Rampart.Waf.Gateway;

/// <summary>
/// What every gateway of the server shares, and what the WAFv2 runtime operations read: the web ACLs in force, the
/// engine's runtime (rate-based counters, geolocation), where attacks are reported, metrics, samples, tokens and
/// logs. <see cref="WebAcls"/> and <see cref="AttackLog"/> are absent when the WAFv2 or Shield control plane is not
/// part of the server: gateways then forward without a web ACL, and attacks are only logged.
/// </summary>
public sealed class GatewayContext : IAsyncDisposable
{
    public GatewayContext(
        ServerOptions options,
        SecretProtector secrets,
        IStore store,
        IEnumerable<IWebAclSource> webAcls,
        IEnumerable<IAttackLog> attackLogs,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        WebAcls = webAcls.FirstOrDefault();
        AttackLog = attackLogs.FirstOrDefault();
        Region = options.Region;
        Time = time;
        LoggerFactory = loggerFactory;
        Geo = options.GeoDatabase is { } database ? MaxMindGeoLookup.Open(database) : null;
        Runtime = new WafRuntime(time, Geo);
        var key = WafTokenKey.LoadOrCreate(options.DataDirectory, secrets);
        Tokens = new WafToken(key);
        Puzzles = new WafPuzzles(key, time);
        Samples = new SampledRequestStore(time);
        BotTraffic = new BotTrafficStore(time);
        Logging = new WafLoggingSource(store, options.DataDirectory, WebAcls);
        Logs = new WafLogWriter(loggerFactory.CreateLogger<WafLogWriter>());

    }

    public IWebAclSource? WebAcls { get; }

    public IAttackLog? AttackLog { get; }

    public string Region { get; }

    public TimeProvider Time { get; }

    public ILoggerFactory LoggerFactory { get; }

    public IWafGeoLookup? Geo { get; }

    public WafRuntime Runtime { get; }

    public WafMetrics Metrics { get; } = new(Prometheus.Metrics.DefaultRegistry);

    public WafToken Tokens { get; }

    public WafPuzzles Puzzles { get; }

    public SampledRequestStore Samples { get; }

    public BotTrafficStore BotTraffic { get; }

    public WafLoggingSource Logging { get; }

    public WafLogWriter Logs { get; }


    public async ValueTask DisposeAsync()
    {
        await Logs.DisposeAsync();
        (Geo as IDisposable)?.Dispose();
    }
}
