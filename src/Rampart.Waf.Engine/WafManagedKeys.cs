namespace Rampart.Waf.Engine;

/// <summary>The addresses a rate-based rule is currently rate limiting, in CIDR form (a /32 or /128 each), as
/// GetRateBasedStatementManagedKeys returns them.</summary>
public sealed record WafManagedKeys(IReadOnlyList<string> IPv4Addresses, IReadOnlyList<string> IPv6Addresses);
