using System.Net;

namespace Rampart.Waf.Gateway;

/// <summary>The HTTP client a gateway forwards with: no proxy, no redirects, no decompression, no cookies (the
/// client's own are forwarded as they are), pooled keep-alive connections to the upstream.</summary>
public static class UpstreamClient
{
    public static HttpMessageInvoker Create() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        EnableMultipleHttp2Connections = true,
        ActivityHeadersPropagator = null,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50),
        MaxConnectionsPerServer = 1024,
    }, disposeHandler: true);
}
