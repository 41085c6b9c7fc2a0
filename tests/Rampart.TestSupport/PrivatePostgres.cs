using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Rampart.TestSupport;

/// <summary>
/// A throw-away PostgreSQL 15 server for tests: a cluster initialized in a temporary directory owned by the
/// postgres user, listening on a free loopback port, trust authentication. One server serves the whole test
/// run (<see cref="SharedAsync"/>); each test class creates its own database with <see cref="CreateDatabaseAsync"/>.
/// The server is stopped and its directory deleted when the test process exits.
/// </summary>
public sealed class PrivatePostgres
{
    public const string BinaryDirectory = "/usr/lib/postgresql/15/bin";
    private const string ServiceUser = "postgres";
    private const int MaxIdentifierLength = 63;
    private const int MaxStartAttempts = 3;

    private static readonly Lazy<Task<PrivatePostgres>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private int databaseCounter;

    private PrivatePostgres(int port)
    {
        Port = port;
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>The server shared by every test in this process, started on first use.</summary>
    public static Task<PrivatePostgres> SharedAsync() => Shared.Value;

    /// <summary>Creates a new, empty database and returns an Npgsql connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"db{Interlocked.Increment(ref databaseCounter)}_{Sanitize(purpose)}";
        name = name[..Math.Min(name.Length, MaxIdentifierLength)];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    /// <summary>The same database as a postgres:// URI, the form operators pass to --store.</summary>
    public string UriFor(string connectionString)
        => $"postgres://{ServiceUser}@{Host}:{Port}/{new NpgsqlConnectionStringBuilder(connectionString).Database}";

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = ServiceUser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    private static async Task<PrivatePostgres> StartAsync()
    {
        var initdb = Path.Combine(BinaryDirectory, "initdb");
        if (!File.Exists(initdb))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 server binaries are missing ({initdb}); install them with `apt-get install postgresql-15`.");
        }

        var directory = Path.Combine(Path.GetTempPath(), $"rampart-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var data = Path.Combine(directory, "data");
        StartReaper(directory, data);
        await ProcessRunner.RunAsync("chown", [ServiceUser, directory], TimeSpan.FromSeconds(10));
        await RunAsServiceUserAsync([initdb, "-D", data, "-A", "trust", "-U", ServiceUser, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], TimeSpan.FromSeconds(60));

        // Another process may take the free port before the server binds it; a fresh port settles that.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var options = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200";
            try
            {
                await RunAsServiceUserAsync(
                    [Path.Combine(BinaryDirectory, "pg_ctl"), "-D", data, "-o", options, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "start"],
                    TimeSpan.FromSeconds(90));
                return new PrivatePostgres(port);
            }
            catch (InvalidOperationException) when (attempt < MaxStartAttempts)
            {
            }
        }
    }

    private static Task RunAsServiceUserAsync(IReadOnlyList<string> command, TimeSpan timeout)
        => ProcessRunner.RunAsync("runuser", ["-u", ServiceUser, "--", .. command], timeout);

    /// <summary>
    /// Starts a detached watcher that stops the server and deletes its directory once this process has exited,
    /// however it exits (even by SIGKILL), so no test run leaves a server behind.
    /// </summary>
    private static void StartReaper(string directory, string data)
    {
        var pgCtl = Path.Combine(BinaryDirectory, "pg_ctl");
        var script =
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; " +
            $"runuser -u {ServiceUser} -- '{pgCtl}' -D '{data}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{directory}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var reaper = Process.Start(start) ?? throw new InvalidOperationException("Could not start the PostgreSQL reaper.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Sanitize(string purpose)
        => new([.. purpose.ToLowerInvariant().Where(character => char.IsAsciiLetterOrDigit(character) || character == '_')]);
}
