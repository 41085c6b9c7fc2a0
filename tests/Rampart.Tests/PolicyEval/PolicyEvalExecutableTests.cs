using System.Diagnostics;
using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.PolicyEval;

/// <summary>The built executable, as users run it: <c>rampart policy eval -</c> and <c>rampart policy eval FILE</c>.</summary>
public class PolicyEvalExecutableTests
{
    private const string Allowed =
        """{"id": "ok", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "identityPolicies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}]}""";

    private const string Denied =
        """{"id": "no", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:PutObject", "resource": "arn:aws:s3:::b/k", "identityPolicies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}]}""";

    [Fact]
    public async Task StandardInputInDecisionsOut()
    {
        var (exitCode, output) = await RunAsync(["policy", "eval", "-"], Allowed + "\n" + Denied + "\n");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(("ok", "Allowed"), (lines[0].GetProperty("id").GetString(), lines[0].GetProperty("decision").GetString()));
        Assert.Equal(("no", "ImplicitDeny"), (lines[1].GetProperty("id").GetString(), lines[1].GetProperty("decision").GetString()));
    }

    [Fact]
    public async Task AFileWithABadLineExitsOne()
    {
        var file = Path.Combine(Path.GetTempPath(), $"policy-eval-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, Allowed + "\n{oops\n");
        try
        {
            var (exitCode, output) = await RunAsync(["policy", "eval", file], "");

            Assert.Equal(1, exitCode);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Equal(2, JsonDocument.Parse(lines[1]).RootElement.GetProperty("line").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, string input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RampartProcess.ServerAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start rampart.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rampart {string.Join(' ', arguments)} did not finish.\n{await error}");
        }

        return (process.ExitCode, await output);
    }
}
