using System.Net.Http.Json;
using System.Text.Json;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>The real server with one gateway, `--gateway web=http://127.0.0.1:0,UPSTREAM`, in front of a
/// <see cref="TestUpstream"/>; the gateway's address and ARN as `GET /_rampart/gateways` lists them.</summary>
public sealed class GatewayServerFixture : IAsyncLifetime
{
    private readonly TempDirectory data = new("gateway-e2e");

    public RampartProcess Server { get; private set; } = null!;

    public TestUpstream Upstream { get; private set; } = null!;

    public JsonElement Gateway { get; private set; }

    public Uri GatewayUrl => new(Gateway.GetProperty("listen").GetString()!);

    public string GatewayArn => Gateway.GetProperty("arn").GetString()!;

    public async Task InitializeAsync()
    {
        Upstream = await TestUpstream.StartAsync();
        Server = await RampartProcess.StartAsync(data.Path, "--gateway", $"web=http://127.0.0.1:0,{Upstream.Url}");
        using var http = new HttpClient();
        var gateways = await http.GetFromJsonAsync<JsonElement>(new Uri(Server.Endpoint, "/_rampart/gateways"));
        Gateway = gateways.EnumerateArray().Single().Clone();
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Upstream.DisposeAsync();
        data.Dispose();
    }
}
