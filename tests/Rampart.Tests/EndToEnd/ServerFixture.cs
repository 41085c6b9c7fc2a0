using Rampart.TestSupport;

namespace Rampart.Tests.EndToEnd;

/// <summary>One real server for a whole test class, on its own temporary data directory.</summary>
public abstract class ServerFixture(params string[] arguments) : IAsyncLifetime
{
    private readonly TempDirectory data = new("e2e");
    private RampartProcess? server;

    public RampartProcess Server => server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => server = await RampartProcess.StartAsync(data.Path, arguments);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        data.Dispose();
    }
}

/// <summary>A server with the default --auth enforce.</summary>
public sealed class EnforcingServerFixture : ServerFixture;

/// <summary>A server started with --auth open.</summary>
public sealed class OpenServerFixture() : ServerFixture("--auth", "open");
