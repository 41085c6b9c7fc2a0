using System.Text;
using Microsoft.AspNetCore.Http;

namespace Rampart.Waf.Gateway;

/// <summary>The bodies the gateway answers with itself, as an Application Load Balancer words them.</summary>
public static class GatewayPages
{
    public static readonly ReadOnlyMemory<byte> Forbidden = Page(403, "Forbidden");

    public static readonly ReadOnlyMemory<byte> Busy = Page(503, "Service Temporarily Unavailable");

    public static async Task RespondAsync(HttpContext http, int status, ReadOnlyMemory<byte> body, string contentType = "text/html",
        int? retryAfterSeconds = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        if (retryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private static ReadOnlyMemory<byte> Page(int status, string reason) => Encoding.UTF8.GetBytes(
        $"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n</body>\r\n</html>\r\n");
}
