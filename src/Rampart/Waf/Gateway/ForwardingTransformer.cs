using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Rampart.Waf.Gateway;

/// <summary>
/// Copies the request and response as they are (the Host header included, as a load balancer keeps it), and adds
/// what an Application Load Balancer adds for its targets: X-Forwarded-For (the client appended to any list the
/// client sent), X-Forwarded-Proto and X-Forwarded-Port, plus the headers the web ACL's rules insert.
/// </summary>
public sealed class ForwardingTransformer : HttpTransformer
{
    public static readonly ForwardingTransformer Instance = new();

    private ForwardingTransformer()
    {
    }

    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest,
        string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        // The target goes upstream as the client sent it: re-encoding the decoded path would turn %2F into %252F.
        if (httpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is ['/', ..] rawTarget)
        {
            proxyRequest.RequestUri = new Uri(destinationPrefix.TrimEnd('/') + rawTarget, UriKind.Absolute);
        }
        var headers = proxyRequest.Headers;
        var client = httpContext.Connection.RemoteIpAddress is { } address
            ? Shield.Defences.ClientAddress.Normalize(address).ToString()
            : null;
        if (client is not null)
        {
            var existing = headers.TryGetValues("X-Forwarded-For", out var values) ? string.Join(", ", values) : null;
            headers.Remove("X-Forwarded-For");
            headers.TryAddWithoutValidation("X-Forwarded-For", existing is null ? client : $"{existing}, {client}");
        }
        headers.Remove("X-Forwarded-Proto");
        headers.TryAddWithoutValidation("X-Forwarded-Proto", httpContext.Request.Scheme);
        headers.Remove("X-Forwarded-Port");
        headers.TryAddWithoutValidation("X-Forwarded-Port",
            httpContext.Connection.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (httpContext.Items.TryGetValue(InsertedHeaders.Key, out var inserted) && inserted is InsertedHeaders rules)
        {
            foreach (var header in rules.Headers)
            {
                // A header the client sent under an inserted name is replaced, as AWS WAF replaces it.
                headers.Remove(header.Name);
                proxyRequest.Content?.Headers.Remove(header.Name);
                headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }
    }
}
