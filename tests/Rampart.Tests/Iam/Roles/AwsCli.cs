using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Roles;

/// <summary>Runs `aws SERVICE ...` against a test server as its root user or as given (possibly temporary) credentials.</summary>
public sealed class AwsCli(RampartProcess server, IReadOnlyDictionary<string, string>? credentials = null)
{
    public AwsCli As(string accessKeyId, string secretAccessKey, string? sessionToken = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = accessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = secretAccessKey,
        };
        if (sessionToken is not null)
        {
            environment["AWS_SESSION_TOKEN"] = sessionToken;
        }
        return new(server, environment);
    }

    /// <summary>As the credentials of an STS response's Credentials member.</summary>
    public AwsCli As(JsonElement credentials) => As(
        credentials.GetProperty("AccessKeyId").GetString()!,
        credentials.GetProperty("SecretAccessKey").GetString()!,
        credentials.GetProperty("SessionToken").GetString());

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
        if (credentials is not null && !credentials.ContainsKey("AWS_SESSION_TOKEN"))
        {
            environment.Remove("AWS_SESSION_TOKEN");
        }
        return ExternalTools.AwsAsync(environment, [.. arguments, "--output", "json"]);
    }
}
