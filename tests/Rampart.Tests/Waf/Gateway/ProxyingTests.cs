using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>The gateway without a web ACL is a faithful HTTP reverse proxy.</summary>
public sealed class ProxyingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Request_headers_reach_the_upstream_with_the_client_appended_to_X_Forwarded_For()
    {
        using var client = gateway.Client("127.0.0.3");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo/a%2Fb?x=1&y=%3C");
        request.Headers.Add("X-Custom", "kept as sent");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Host = "app.example.com";

        var echo = await EchoAsync(client, request);

        var headers = echo.GetProperty("headers");
        Assert.Equal("/echo/a%2Fb?x=1&y=%3C", echo.GetProperty("target").GetString());
        Assert.Equal("kept as sent", headers.GetProperty("X-Custom").GetString());
        Assert.Equal("app.example.com", headers.GetProperty("Host").GetString());
        Assert.Equal("203.0.113.7, 127.0.0.3", headers.GetProperty("X-Forwarded-For").GetString());
        Assert.Equal("http", headers.GetProperty("X-Forwarded-Proto").GetString());
        Assert.Equal(gateway.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), headers.GetProperty("X-Forwarded-Port").GetString());
    }

    [Fact]
    public async Task A_large_body_arrives_whole_and_unchanged()
    {
        using var client = gateway.Client();
        var body = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/upload") { Content = new ByteArrayContent(body) };

        var echo = await EchoAsync(client, request);

        Assert.Equal("PUT", echo.GetProperty("method").GetString());
        Assert.Equal(body.Length, echo.GetProperty("bodyLength").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), echo.GetProperty("bodySha256").GetString());
    }

    [Fact]
    public async Task A_chunked_request_body_is_streamed_through()
    {
        using var client = gateway.Client();
        var body = RandomNumberGenerator.GetBytes(100_000);
        using var content = new StreamContent(new MemoryStream(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chunked") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var echo = await EchoAsync(client, request);

        Assert.Equal(body.Length, echo.GetProperty("bodyLength").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), echo.GetProperty("bodySha256").GetString());
    }

    [Fact]
    public async Task A_response_is_streamed_before_the_upstream_finishes_it()
    {
        using var client = gateway.Client();
        using var response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // The upstream holds its last chunk until the first has reached the client through the gateway.
        Assert.Equal("first chunk", await reader.ReadLineAsync());
        gateway.Upstream.ReleaseStream();
        Assert.Equal("last chunk", await reader.ReadLineAsync());
    }

    [Fact]
    public async Task Statuses_and_response_headers_pass_through()
    {
        using var client = gateway.Client();
        using var response = await client.GetAsync("/status/418");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("status", response.Headers.GetValues("X-Upstream-Marker").Single());
    }

    [Fact]
    public async Task Keep_alive_connections_serve_many_requests()
    {
        var connects = new StrongBox<int>();
        using var client = gateway.Client(connects: connects);
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync($"/echo/{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(1, connects.Value);
    }

    private static async Task<JsonElement> EchoAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(new MediaTypeHeaderValue("application/json").MediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
