using System.Net;

namespace Rampart.Waf.Engine;

/// <summary>
/// A web request as the gateway hands it to the engine: the raw (still URL-encoded) path and query string, the
/// headers in the order received, the first bytes of the body with the body's full length, the client address of the
/// connection, and what the gateway knows of the TLS handshake and the WAF token.
/// </summary>
public sealed record WafRequest
{
    public required string Method { get; init; }

    /// <summary>The path as received, percent-encoding kept, without the query string.</summary>
    public required string UriPath { get; init; }

    /// <summary>The query string as received, without the leading '?'; empty when there is none.</summary>
    public string QueryString { get; init; } = "";

    /// <summary>The URI fragment when the client sent one (browsers never do); null when absent.</summary>
    public string? UriFragment { get; init; }

    public IReadOnlyList<WafHeader> Headers { get; init; } = [];

    /// <summary>The first bytes of the body, at least <see cref="WafInspectionLimits.Body"/> of them when the body is
    /// that long.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The whole body's length in bytes, which may exceed what <see cref="Body"/> holds.</summary>
    public long BodyLength { get; init; }

    /// <summary>The address of the client connected to the gateway.</summary>
    public required IPAddress ClientIp { get; init; }

    public string? Ja3Fingerprint { get; init; }

    public string? Ja4Fingerprint { get; init; }

    public WafTokenState Token { get; init; } = WafTokenState.None;
}
