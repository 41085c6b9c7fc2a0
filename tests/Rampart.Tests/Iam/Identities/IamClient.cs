using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>Runs the real aws CLI against a test server, as its root user or with another key pair.</summary>
public sealed class IamClient(RampartProcess server, string? accessKeyId = null, string? secretAccessKey = null)
{
    private IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var environment = new Dictionary<string, string>(server.ClientEnvironment);
            if (accessKeyId is not null)
            {
                environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
                environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey!;
            }
            return environment;
        }
    }

    /// <summary>Runs an aws command that must succeed and returns its JSON output (null when it prints nothing).</summary>
    public async Task<JsonElement?> RunAsync(params string[] arguments)
    {
        var result = await ExternalTools.AwsAsync(Environment, [.. arguments, "--output", "json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return string.IsNullOrWhiteSpace(result.Output) ? null : JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    /// <summary>Runs an aws command that must fail and returns the CLI's error line.</summary>
    public async Task<string> FailAsync(params string[] arguments)
    {
        var result = await ExternalTools.AwsAsync(Environment, arguments);
        Assert.True(result.ExitCode != 0, result.ToString());
        return result.Error.Trim();
    }

    /// <summary>Runs a boto3 script with this client's credentials; it prints one JSON document.</summary>
    public async Task<JsonElement> PythonAsync(string script)
    {
        var environment = new Dictionary<string, string>(Environment) { ["RAMPART_URL"] = server.Endpoint.ToString().TrimEnd('/') };
        var result = await ExternalTools.PythonAsync(script, environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
