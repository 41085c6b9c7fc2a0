using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Rampart.Shield.Defences;

/// <summary>
/// The limits every gateway applies without configuration. Timeouts follow an Application Load Balancer's defaults
/// where it has one (a 60 s idle timeout); the data rates are generous for real clients (a phone on a bad network
/// sends far more than 240 bytes a second) and fatal for connections kept open by trickling bytes.
/// </summary>
public static class DefenceLimits
{
    /// <summary>Time allowed for a request's line and headers to arrive once they have started.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Time an idle connection is kept between requests.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Bytes a second a request body must keep arriving at, after a grace period.</summary>
    public static readonly MinDataRate MinRequestBodyDataRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

    /// <summary>Bytes a second a client must keep reading a response at, after a grace period.</summary>
    public static readonly MinDataRate MinResponseDataRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

    /// <summary>Bytes a connection's output holds before a flush waits for the client; the transport lets writes go on
    /// once the client has taken half of it.</summary>
    public const int ResponseBufferSize = 64 * 1024;

    /// <summary>Time a flush may wait for the client to take half of <see cref="ResponseBufferSize"/>: a client reading
    /// below about 2 KB/s for that long is cut.</summary>
    public static readonly TimeSpan ResponseDrainTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Connections one client address may hold open at once; more are closed as they arrive.</summary>
    public const int ConnectionsPerClient = 256;

    /// <summary>Requests one client address may have in flight to the upstream at once; more are answered 503, so
    /// one client cannot take the upstream's capacity from the others.</summary>
    public const int InFlightRequestsPerClient = 128;

    /// <summary>Headers larger than this are refused (431), as a load balancer refuses them.</summary>
    public const int MaxRequestHeadersTotalSize = 64 * 1024;

    public static void Apply(KestrelServerLimits limits)
    {
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MinRequestBodyDataRate = MinRequestBodyDataRate;
        limits.MinResponseDataRate = MinResponseDataRate;
        limits.MaxResponseBufferSize = ResponseBufferSize;
        limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalSize;
        // Bodies are streamed to the upstream, which decides what it accepts; only the first bytes are inspected.
        limits.MaxRequestBodySize = null;
    }
}
