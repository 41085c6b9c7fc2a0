namespace Rampart.Waf.Engine;

/// <summary>
/// The address lists behind the IP-list managed rule groups, in CIDR notation. AWS builds these from its own threat
/// intelligence; Rampart has none, so the operator supplies them (empty lists make those rules match nothing).
/// </summary>
public sealed record IpReputationLists(
    IReadOnlyList<string> Reputation,
    IReadOnlyList<string> Reconnaissance,
    IReadOnlyList<string> DDoS,
    IReadOnlyList<string> Anonymous,
    IReadOnlyList<string> HostingProviders)
{
    public static IpReputationLists Empty { get; } = new([], [], [], [], []);
}
