using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Hosting;

/// <summary>What the server needs before it can answer anything: the open store, the master key, and the default
/// account. Opened on its own thread while the HTTP host is being built, to keep start-up short.</summary>
public sealed class ServerCore : IAsyncDisposable
{
    private ServerCore(IStore store, SecretProtector secrets, DefaultAccountBootstrap bootstrap, BootstrapResult boot)
    {
        Store = store;
        Secrets = secrets;
        Bootstrap = bootstrap;
        Boot = boot;
    }

    public IStore Store { get; }

    public SecretProtector Secrets { get; }

    public DefaultAccountBootstrap Bootstrap { get; }

    public BootstrapResult Boot { get; }

    /// <summary>Opens the store (running its migrations), loads or creates the master key, and finds or creates
    /// the default account.</summary>
    public static async Task<ServerCore> OpenAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        CreateDataDirectory(options.DataDirectory);
        var store = await StoreFactory.OpenAsync(options.StoreUri, options.DataDirectory, cancellationToken);
        SecretProtector? secrets = null;
        try
        {
            secrets = new SecretProtector(MasterKey.DefaultSource(options.DataDirectory));
            var bootstrap = new DefaultAccountBootstrap(store, secrets);
            var boot = await bootstrap.EnsureAsync(options.AccountId, cancellationToken);
            return new ServerCore(store, secrets, bootstrap, boot);
        }
        catch
        {
            secrets?.Dispose();
            await store.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Secrets.Dispose();
    }

    /// <summary>Creates the data directory owner-only: it holds the master key and the root credentials.</summary>
    private static void CreateDataDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
