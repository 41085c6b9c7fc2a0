using System.Diagnostics;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>Runs the attack tools the Shield tests use (slowhttptest, wrk), bounded in time; a missing tool fails the
/// test saying how to install it.</summary>
public static class AttackTools
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, string arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        // slowhttptest needs a descriptor per connection.
        start.ArgumentList.Add($"command -v {tool} >/dev/null || exit 127; ulimit -n 8192; exec {tool} {arguments}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {limit.TotalSeconds} s.");
        }
        if (process.ExitCode == 127)
        {
            Assert.Fail($"This test needs {tool}: install it with `apt-get install -y {tool}`.");
        }
        return (process.ExitCode, await output + await error);
    }
}
