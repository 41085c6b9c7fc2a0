using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Kms;

/// <summary>Runs `aws kms ...` against a test server as its root user.</summary>
public sealed class KmsCli(RampartProcess server)
{
    /// <summary>Runs a command that must succeed and returns its JSON output (an empty object when it prints nothing).</summary>
    public async Task<JsonElement> OkAsync(params string[] arguments)
    {
        var result = await ExternalTools.AwsAsync(server.ClientEnvironment, ["kms", .. arguments, "--output", "json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim().Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(result.Output).RootElement;
    }

    /// <summary>Runs a command that must fail and returns the CLI's error text.</summary>
    public async Task<string> FailsAsync(params string[] arguments)
    {
        var result = await ExternalTools.AwsAsync(server.ClientEnvironment, ["kms", .. arguments, "--output", "json"]);
        Assert.True(result.ExitCode != 0, result.ToString());
        return result.Error.Trim();
    }

    /// <summary>Runs a boto3 script and returns the JSON object it printed.</summary>
    public async Task<JsonElement> PythonAsync(string script)
    {
        var result = await ExternalTools.PythonAsync(script, server.ClientEnvironment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement;
    }
}
