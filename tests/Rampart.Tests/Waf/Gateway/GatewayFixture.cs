using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Rampart.Hosting;
using Rampart.Storage;
using Rampart.Storage.Secrets;
using Rampart.TestSupport;
using Rampart.Waf.Gateway;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>
/// A gateway in the test process, as `rampart serve --gateway` runs it, in front of a <see cref="TestUpstream"/>,
/// with the web ACL source and attack log held by the test.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const string Arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/test/0123456789abcdef";

    private readonly TempDirectory data = new("gateway");
    private SecretProtector? secrets;

    private GatewayServer? server;

    public TestUpstream Upstream { get; private set; } = null!;

    public TestWebAclSource WebAcls { get; } = new();

    public RecordingAttackLog Attacks { get; } = new();

    public GatewayContext Context { get; private set; } = null!;

    public Uri Url { get; private set; } = null!;

    public IStore Store { get; private set; } = null!;

    public string DataDirectory => data.Path;

    public async Task InitializeAsync()
    {
        Upstream = await TestUpstream.StartAsync();
        secrets = new SecretProtector(new FileMasterKeySource(Path.Combine(data.Path, MasterKey.FileName)));
        var options = new ServerOptions(new Uri("http://127.0.0.1:0"), data.Path, null, null, "us-east-1", AuthMode.Enforce);
        Store = await StoreFactory.OpenAsync(null, data.Path);
        Context = new GatewayContext(options, secrets, Store, [WebAcls], [Attacks], TimeProvider.System, NullLoggerFactory.Instance);
        var definition = GatewayDefinition.Parse($"test=http://127.0.0.1:0,{Upstream.Url}").Gateway!;
        server = await GatewayServer.StartAsync(definition, Arn, Context, CancellationToken.None);
        Url = new Uri(server.Running.Listen);
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (any 127.x.y.z address), so tests can
    /// act as several clients on loopback; <paramref name="connects"/> counts the connections it opens.</summary>
    public HttpClient Client(string source = "127.0.0.1", StrongBox<int>? connects = null, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                if (connects is not null)
                {
                    Interlocked.Increment(ref connects.Value);
                }
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        await Upstream.DisposeAsync();
        await Context.DisposeAsync();
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }
        secrets?.Dispose();
        data.Dispose();
    }
}
