using System.Text.RegularExpressions;

namespace Rampart.Waf.Gateway;

/// <summary>One `--gateway NAME=LISTEN_URL,UPSTREAM_URL`: a reverse proxy from <paramref name="Listen"/> to
/// <paramref name="Upstream"/>, named as an Application Load Balancer is.</summary>
public sealed partial record GatewayDefinition(string Name, Uri Listen, Uri Upstream)
{
    public const string Syntax = "NAME=LISTEN_URL,UPSTREAM_URL";

    /// <summary>Reads the flag's value; the error says what is wrong in the words of the flag.</summary>
    public static (GatewayDefinition? Gateway, string? Error) Parse(string? value)
    {
        var equals = value?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        var comma = value?.IndexOf(',', equals + 1) ?? -1;
        if (value is null || equals < 0 || comma < 0)
        {
            return (null, $"--gateway takes {Syntax}, not '{value}'.");
        }
        var name = value[..equals];
        if (!LoadBalancerName().IsMatch(name) || name.StartsWith("internal-", StringComparison.Ordinal))
        {
            return (null, $"--gateway name '{name}' must be 1 to 32 letters, digits and hyphens, neither starting nor " +
                "ending with a hyphen nor starting with 'internal-' (an Application Load Balancer name).");
        }
        var listenText = value[(equals + 1)..comma];
        if (!Uri.TryCreate(listenText, UriKind.Absolute, out var listen) || listen.Scheme != Uri.UriSchemeHttp
            || listen.AbsolutePath != "/" || listen.Query.Length > 0
            || (listen.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6) && listen.Host != "localhost"))
        {
            return (null, $"--gateway {name}: the listen URL must be an http URL with an IP address or localhost and a port only, such as http://127.0.0.1:8080, not '{listenText}'.");
        }
        var upstreamText = value[(comma + 1)..];
        if (!Uri.TryCreate(upstreamText, UriKind.Absolute, out var upstream)
            || (upstream.Scheme != Uri.UriSchemeHttp && upstream.Scheme != Uri.UriSchemeHttps) || upstream.Query.Length > 0)
        {
            return (null, $"--gateway {name}: the upstream URL must be an http or https URL such as http://127.0.0.1:3000, not '{upstreamText}'.");
        }
        return (new GatewayDefinition(name, listen, upstream), null);
    }

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$")]
    private static partial Regex LoadBalancerName();
}
