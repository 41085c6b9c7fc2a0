namespace Rampart.Hosting;

/// <summary>How `rampart serve` was asked to run.</summary>
/// <param name="Listen">The absolute http(s) URL to listen on.</param>
/// <param name="DataDirectory">Holds the SQLite database, the master key and the generated client files.</param>
/// <param name="StoreUri">Another store than the SQLite database in <paramref name="DataDirectory"/> (PostgreSQL).</param>
/// <param name="AccountId">The default account's ID on first start; random when absent.</param>
public sealed record ServerOptions(
    Uri Listen,
    string DataDirectory,
    string? StoreUri,
    string? AccountId,
    string Region,
    AuthMode Auth)
{
    /// <summary>The WAF gateways to run beside the API endpoint (--gateway).</summary>
    public IReadOnlyList<Waf.Gateway.GatewayDefinition> Gateways { get; init; } = [];

    /// <summary>The MaxMind-format database gateways locate clients with for GeoMatch (--geo-database).</summary>
    public string? GeoDatabase { get; init; }

    public const string DefaultListen = "http://127.0.0.1:4580";
    public const string DefaultRegion = "us-east-1";

    /// <summary>The data directory when --data is not given: .rampart/data under the current directory.</summary>
    public static string DefaultDataDirectory => Path.Combine(Environment.CurrentDirectory, ".rampart", "data");
}
