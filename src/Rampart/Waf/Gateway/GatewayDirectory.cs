using System.Collections.Concurrent;

namespace Rampart.Waf.Gateway;

/// <summary>The gateways this server runs, by ARN, as they start listening.</summary>
public sealed class GatewayDirectory
{
    private readonly ConcurrentDictionary<string, RunningGateway> gateways = new(StringComparer.Ordinal);

    public IReadOnlyList<RunningGateway> All => [.. gateways.Values.OrderBy(gateway => gateway.Name, StringComparer.Ordinal)];

    public bool TryFind(string arn, out RunningGateway gateway) => gateways.TryGetValue(arn, out gateway!);

    internal void Add(RunningGateway gateway) => gateways[gateway.Arn] = gateway;

    internal void Remove(string arn) => gateways.TryRemove(arn, out _);
}
