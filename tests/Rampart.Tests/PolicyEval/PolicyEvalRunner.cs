using System.Text.Json;
using Rampart.PolicyEval;

namespace Rampart.Tests.PolicyEval;

/// <summary>Feeds request lines through <see cref="PolicyEvalCommand.RunAsync"/> and parses the output lines.</summary>
internal static class PolicyEvalRunner
{
    public static async Task<(int ExitCode, List<JsonElement> Lines)> RunAsync(params string[] requests)
    {
        var output = new StringWriter();
        var exitCode = await PolicyEvalCommand.RunAsync(new StringReader(string.Join("\n", requests)), output, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (exitCode, lines);
    }

    public static async Task<JsonElement> RunOneAsync(string request)
    {
        var (_, lines) = await RunAsync(request);
        return Assert.Single(lines);
    }

    public static string Request(object request) => JsonSerializer.Serialize(request);

    public static string Decision(this JsonElement line) =>
        line.TryGetProperty("decision", out var decision) ? decision.GetString()! : "error: " + line.GetProperty("error").GetString();

    public static string DecidedBy(this JsonElement line) => line.GetProperty("decidedBy").GetString()!;
}
