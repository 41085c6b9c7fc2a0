using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Rampart.Shield.Defences;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>
/// Turns an incoming request into what the engine inspects: the raw target, the headers in order, and the first
/// <see cref="WafInspectionLimits.Body"/> bytes of the body, which are then put back in front of the rest of the body
/// so the upstream still receives it whole and streamed.
/// </summary>
public static class WafRequestReader
{
    public static async Task<WafRequest> ReadAsync(HttpContext http, WafTokenState token)
    {
        var request = http.Request;
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString).ToString();
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new List<WafHeader>(request.Headers.Count);
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new WafHeader(name, value ?? ""));
            }
        }
        var (body, length) = await ReadBodyHeadAsync(http);
        return new WafRequest
        {
            Method = request.Method,
            UriPath = question < 0 ? target : target[..question],
            QueryString = question < 0 ? "" : target[(question + 1)..],
            Headers = headers,
            Body = body,
            BodyLength = length,
            ClientIp = http.Connection.RemoteIpAddress is { } address ? ClientAddress.Normalize(address) : IPAddress.None,
            Token = token,
        };
    }

    /// <summary>The body's first bytes and its length: the declared length, or for a chunked body longer than what
    /// was read, one more than what was read (it is oversize either way).</summary>
    private static async Task<(ReadOnlyMemory<byte> Head, long Length)> ReadBodyHeadAsync(HttpContext http)
    {
        var request = http.Request;
        var declared = request.ContentLength;
        if (declared == 0 || (declared is null && !request.Headers.TransferEncoding.Any(value => value?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)))
        {
            return (ReadOnlyMemory<byte>.Empty, 0);
        }
        var head = new byte[(int)Math.Min(declared ?? WafInspectionLimits.Body, WafInspectionLimits.Body)];
        var read = 0;
        while (read < head.Length)
        {
            var count = await request.Body.ReadAsync(head.AsMemory(read), http.RequestAborted);
            if (count == 0)
            {
                break;
            }
            read += count;
        }
        request.Body = new PrefixedStream(head.AsMemory(0, read), request.Body);
        var ended = read < head.Length;
        return (head.AsMemory(0, read), declared ?? (ended ? read : read + 1));
    }
}
