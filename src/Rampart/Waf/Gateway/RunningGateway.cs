namespace Rampart.Waf.Gateway;

/// <summary>A gateway as `GET /_rampart/gateways` lists it: <paramref name="Listen"/> is the address it is bound to
/// (the port chosen when the flag asked for port 0).</summary>
public sealed record RunningGateway(string Name, string Arn, string Listen, string Upstream);
