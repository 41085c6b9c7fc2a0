using System.Text.Json;

namespace Rampart.Waf.Gateway;

/// <summary>The body of `GET /_rampart/gateways`: a JSON array of {"name","arn","listen","upstream"}.</summary>
public static class GatewayListing
{
    public static ReadOnlyMemory<byte> Json(IReadOnlyList<RunningGateway> gateways) => JsonSerializer.SerializeToUtf8Bytes(
        gateways.Select(gateway => new { name = gateway.Name, arn = gateway.Arn, listen = gateway.Listen, upstream = gateway.Upstream }));
}
