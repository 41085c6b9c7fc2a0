using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>
/// The application behind a gateway in tests: a tiny Kestrel app on a loopback port. /echo answers with what it
/// received (method, target, headers, body length and SHA-256); /stream sends a first chunk, then waits for
/// <see cref="ReleaseStream"/> before the last; /status/N answers N with a marker header; /large answers
/// <see cref="LargeLength"/> bytes.
/// </summary>
public sealed class TestUpstream : IAsyncDisposable
{
    private readonly WebApplication app;
    private TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TestUpstream(WebApplication app) => this.app = app;

    public const int LargeLength = 4 * 1024 * 1024;

    public Uri Url { get; private set; } = null!;

    public static async Task<TestUpstream> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        var upstream = new TestUpstream(app);
        app.Run(upstream.HandleAsync);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        upstream.Url = new Uri(address);
        return upstream;
    }

    public void ReleaseStream() => release.TrySetResult();

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        if (path == "/stream")
        {
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync("first chunk\n");
            await http.Response.Body.FlushAsync();
            await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            release = new(TaskCreationOptions.RunContinuationsAsynchronously);
            await http.Response.WriteAsync("last chunk\n");
            return;
        }
        if (path == "/large")
        {
            http.Response.ContentType = "application/octet-stream";
            http.Response.ContentLength = LargeLength;
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            for (var sent = 0; sent < LargeLength; sent += chunk.Length)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
            }
            return;
        }
        if (path.StartsWith("/status/", StringComparison.Ordinal))
        {
            http.Response.StatusCode = int.Parse(path["/status/".Length..], System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["X-Upstream-Marker"] = "status";
            return;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            length += read;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in http.Request.Headers)
        {
            headers[name] = values.ToString();
        }
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            method = http.Request.Method,
            target = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget,
            headers,
            bodyLength = length,
            bodySha256 = Convert.ToHexStringLower(hash.GetHashAndReset()),
            connection = http.Connection.Id,
        });
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseStream();
        await app.DisposeAsync();
    }
}
