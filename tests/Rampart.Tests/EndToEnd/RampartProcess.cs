using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Tests.EndToEnd;

/// <summary>The real server as users run it: `dotnet rampart.dll serve` in its own process, on a free loopback
/// port, with a data directory of the test's choosing.</summary>
public sealed class RampartProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly Lock gate = new();

    private RampartProcess(Process process, Uri endpoint, string dataDirectory)
    {
        this.process = process;
        Endpoint = endpoint;
        DataDirectory = dataDirectory;
    }

    public Uri Endpoint { get; }

    public string DataDirectory { get; }

    public string CredentialsFile => Path.Combine(DataDirectory, "credentials");

    public string ConfigFile => Path.Combine(DataDirectory, "config");

    public string StandardOutput
    {
        get { lock (gate) { return output.ToString(); } }
    }

    public string StandardError
    {
        get { lock (gate) { return error.ToString(); } }
    }

    /// <summary>The default account's ID, as the server announced it.</summary>
    public string AccountId => Regex.Match(StandardOutput, "Default account ([0-9]{12})").Groups[1].Value;

    /// <summary>The default account's root access key ID, as the server announced it.</summary>
    public string RootAccessKeyId => Regex.Match(StandardOutput, "root access key (AKIA[A-Z2-7]{16})").Groups[1].Value;

    /// <summary>Exactly the environment the server's export lines set.</summary>
    public IReadOnlyDictionary<string, string> ClientEnvironment => new Dictionary<string, string>
    {
        ["AWS_SHARED_CREDENTIALS_FILE"] = CredentialsFile,
        ["AWS_CONFIG_FILE"] = ConfigFile,
    };

    /// <summary>The path of the server assembly, built beside the tests through the project reference.</summary>
    public static string ServerAssembly => Path.Combine(AppContext.BaseDirectory, "rampart.dll");

    public static Task<RampartProcess> StartAsync(string dataDirectory, params string[] arguments) =>
        StartAsync(dataDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Starts the server with <paramref name="environment"/> added to this process's environment.</summary>
    public static async Task<RampartProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var endpoint = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var argument in (string[])[ServerAssembly, "serve", "--listen", endpoint.ToString().TrimEnd('/'), "--data", dataDirectory, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var server = new RampartProcess(process, endpoint, dataDirectory);
        process.OutputDataReceived += (_, line) => server.Append(server.output, line.Data);
        process.ErrorDataReceived += (_, line) => server.Append(server.error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilServingAsync();
        return server;
    }

    /// <summary>Runs `rampart` with arguments to completion (for command-line checks that never serve).</summary>
    public static Task<ToolResult> RunToExitAsync(params string[] arguments) => RunToExitAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs `rampart` to completion with <paramref name="environment"/> added to this process's environment.</summary>
    public static async Task<ToolResult> RunToExitAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(ServerAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start rampart.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolResult(process.ExitCode, await output, await error);
    }

    /// <summary>Asks the server to stop as a service manager would (SIGTERM) and waits for it to exit.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The server did not stop within 20 s after SIGTERM.\n{StandardError}");
            }
        }
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (gate)
        {
            target.AppendLine(line);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode} before serving.\n{StandardOutput}\n{StandardError}");
            }
            if (StandardOutput.Contains("export AWS_CONFIG_FILE=", StringComparison.Ordinal))
            {
                try
                {
                    using var health = await Http.GetAsync(new Uri(Endpoint, "/_rampart/health"));
                    if (health.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }
            }
            await Task.Delay(50);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The server did not serve within 60 s.\n{StandardOutput}\n{StandardError}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
