using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Rampart.Storage.Tests.Contract;

/// <summary>
/// Runs Rampart.Storage.CrashWriter, collects the keys it acknowledges on stdout, and kills it with SIGKILL once it
/// has acknowledged enough of them, mid-burst.
/// </summary>
internal static partial class CrashWriterProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<IReadOnlyList<string>> RunAndKillAsync(string? storeUri, string dataDirectory, int killAfter)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Rampart.Storage.CrashWriter.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { writer, storeUri ?? "-", dataDirectory, "100000000" },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the crash writer.");
        var errors = process.StandardError.ReadToEndAsync();
        var acknowledged = new List<string>();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (acknowledged.Count < killAfter)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The crash writer exited early: {await errors}");
                if (AcknowledgedKey().IsMatch(line))
                {
                    acknowledged.Add(line);
                }
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Linux: no finalizers, no flushes, no clean close of the database.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Lines already written before the kill were acknowledged too; a torn last line is not a whole key and is ignored.
        var rest = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        acknowledged.AddRange(rest.Split('\n').SkipLast(1).Where(line => AcknowledgedKey().IsMatch(line)));
        return acknowledged;
    }

    [GeneratedRegex("^key-[0-9]{7}$")]
    private static partial Regex AcknowledgedKey();
}
