using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Policies;

/// <summary>Runs `aws iam ...` against a test server as its root user or as given credentials.</summary>
public sealed class IamCli(RampartProcess server, IReadOnlyDictionary<string, string>? credentials = null)
{
    public IamCli As(string accessKeyId, string secretAccessKey) => new(server, new Dictionary<string, string>
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

    private Task<ToolResult> RunAsync(string[] arguments)
    {
        var environment = new Dictionary<string, string>(server.ClientEnvironment);
        foreach (var (name, value) in credentials ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }
        return ExternalTools.AwsAsync(environment, ["iam", .. arguments, "--output", "json"]);
    }
}
