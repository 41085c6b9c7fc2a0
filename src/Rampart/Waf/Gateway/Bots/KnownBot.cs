namespace Rampart.Waf.Gateway.Bots;

/// <summary>A bot the gateway recognizes, named as AWS WAF's bot statistics name it (name, category, organization,
/// all lower case), and the product token its User-Agent carries.</summary>
public sealed record KnownBot(string Name, string Category, string Organization, string UserAgentToken);
