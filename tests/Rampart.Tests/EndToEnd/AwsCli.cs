using System.Text.Json;

namespace Rampart.Tests.EndToEnd;

/// <summary>
/// Runs the real `aws` CLI (and boto3 scripts) against a test server, as its root user or as given, possibly
/// temporary, credentials. <see cref="For"/> fixes the service so a test writes only the command after it.
/// </summary>
public sealed class AwsCli(RampartProcess server, string? service = null, IReadOnlyDictionary<string, string>? credentials = null)
{
    /// <summary>The same caller, with every command given to <paramref name="serviceName"/> (such as "iam").</summary>
    public AwsCli For(string serviceName) => new(server, serviceName, credentials);

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
        return new(server, service, environment);
    }

    /// <summary>As an IAM AccessKey or the Credentials member of an STS response.</summary>
    public AwsCli As(JsonElement credentials) => As(
        credentials.GetProperty("AccessKeyId").GetString()!,
        credentials.GetProperty("SecretAccessKey").GetString()!,
        credentials.TryGetProperty("SessionToken", out var token) ? token.GetString() : null);

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

    /// <summary>
    /// Runs a boto3 script with this caller's credentials (RAMPART_URL holds the endpoint) and returns the one JSON
    /// document it printed.
    /// </summary>
    public async Task<JsonElement> PythonAsync(string script)
    {
        var environment = Environment();
        environment["RAMPART_URL"] = server.Endpoint.ToString().TrimEnd('/');
        var result = await ExternalTools.PythonAsync(script, environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private Task<ToolResult> RunAsync(string[] arguments) =>
        ExternalTools.AwsAsync(Environment(), service is null ? [.. arguments, "--output", "json"] : [service, .. arguments, "--output", "json"]);

    private Dictionary<string, string> Environment()
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
        return environment;
    }
}
