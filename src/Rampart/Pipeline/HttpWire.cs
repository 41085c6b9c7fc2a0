using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Rampart.Protocol;

namespace Rampart.Pipeline;

/// <summary>Moves requests and responses between Kestrel and the wire records, keeping the request target
/// exactly as the client sent it (the signature covers its raw encoding).</summary>
internal static class HttpWire
{
    /// <summary>Bodies larger than this are refused before they are read (AWS's APIs take far less).</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    public static async Task<WireRequest> ReadAsync(HttpContext context, CancellationToken cancellationToken) =>
        WithoutBody(context) with { Body = await ReadBodyAsync(context.Request, cancellationToken) };

    /// <summary>The request line and headers alone, for answering a request whose body could not be read.</summary>
    public static WireRequest WithoutBody(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget))
        {
            rawTarget = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        }
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var query = queryStart < 0 ? "" : rawTarget[(queryStart + 1)..];

        var headers = new List<KeyValuePair<string, string>>(context.Request.Headers.Count);
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value ?? ""));
            }
        }
        return new WireRequest(context.Request.Method, path, query, headers, ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>The header AWS puts its request ID in, on every response.</summary>
    public const string RequestIdHeader = "x-amzn-RequestId";

    public static async Task WriteAsync(HttpContext context, WireResponse response, string requestId, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers.Append(name, value);
        }
        if (!context.Response.Headers.ContainsKey(RequestIdHeader))
        {
            context.Response.Headers[RequestIdHeader] = requestId;
        }
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, cancellationToken);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            throw TooLarge();
        }
        if (request.ContentLength is { } length)
        {
            if (length == 0)
            {
                return ReadOnlyMemory<byte>.Empty;
            }
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }
        // Chunked: the length is known only at the end.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static AwsException TooLarge() =>
        new("RequestEntityTooLarge", $"Request body exceeds the limit of {MaxBodyBytes} bytes.", 413);
}
