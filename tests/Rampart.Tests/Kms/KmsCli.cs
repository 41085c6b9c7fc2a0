using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Kms;

/// <summary>Runs `aws kms ...` against a test server as its root user.</summary>
public sealed class KmsCli(RampartProcess server, IReadOnlyDictionary<string, string>? credentials = null)
{
    /// <summary>The same commands signed with another access key.</summary>
    public KmsCli As(string accessKeyId, string secretAccessKey) => new(server, new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = accessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = secretAccessKey,
    });

    /// <summary>Runs a command that must succeed and returns its JSON output (an empty object when it prints nothing).</summary>
    public async Task<JsonElement> OkAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim().Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(result.Output).RootElement;
    }

    /// <summary>Runs a command that must fail and returns the CLI's error text.</summary>
    public async Task<string> FailsAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
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

    private Task<ToolResult> RunAsync(string[] arguments)
    {
        var environment = new Dictionary<string, string>(server.ClientEnvironment);
        foreach (var (name, value) in credentials ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }
        return ExternalTools.AwsAsync(environment, ["kms", .. arguments, "--output", "json"]);
    }
}
