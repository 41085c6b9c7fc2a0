using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Rampart.Protocol.Tests;

/// <summary>Runs botocore (via python3 and botocore_bridge.py) to serialize requests the way every Python SDK
/// does and to parse Rampart's responses with botocore's own parsers.</summary>
internal static class Botocore
{
    private const string InstallHint =
        "These tests need python3 with botocore to prove SDK compatibility. Install them with "
        + "`apt-get install python3 python3-pip && pip3 install botocore` (or `pip3 install boto3`).";

    /// <summary>The request botocore sends for these parameters, as the host hands it to the protocol layer.</summary>
    public static WireRequest Serialize(string service, string operation, JsonObject parameters)
    {
        return ToWireRequest(Run(new JsonObject
        {
            ["kind"] = "serialize",
            ["service"] = service,
            ["operation"] = operation,
            ["params"] = parameters,
        }));
    }

    /// <summary>Serializes many calls in one botocore process; each result is the request or the failure text.</summary>
    public static IReadOnlyList<(WireRequest? Request, string? Failure)> SerializeMany(string service, IEnumerable<(string Operation, JsonObject Parameters)> calls) =>
        RunMany(calls.Select(call => new JsonObject
        {
            ["kind"] = "serialize",
            ["service"] = service,
            ["operation"] = call.Operation,
            ["params"] = call.Parameters,
        }))
            .Select(result => result["error"] is { } error
                ? ((WireRequest?)null, (string?)error.GetValue<string>())
                : (ToWireRequest(result["ok"]!), null))
            .ToArray();

    /// <summary>For every operation of a service, the request botocore sends with only the required members set.</summary>
    public static IReadOnlyList<(string Operation, WireRequest Request)> Examples(string service) =>
        Run(new JsonObject { ["kind"] = "examples", ["service"] = service }).AsArray()
            .Select(example => (example!["operation"]!.GetValue<string>(), ToWireRequest(example["request"]!)))
            .ToArray();

    private static WireRequest ToWireRequest(JsonNode result)
    {
        var headers = result["headers"]!.AsObject()
            .Select(h => new KeyValuePair<string, string>(h.Key, h.Value!.GetValue<string>()))
            .ToList();
        return new WireRequest(
            result["method"]!.GetValue<string>(),
            result["path"]!.GetValue<string>(),
            result["query"]!.GetValue<string>(),
            headers,
            Convert.FromBase64String(result["body"]!.GetValue<string>()));
    }

    /// <summary>What botocore's response parser makes of a response: the output, or Error.Code/Error.Message.</summary>
    public static JsonObject Parse(string service, string operation, WireResponse response) =>
        Run(ParseCase(service, operation, response)).AsObject();

    /// <summary>Parses many responses in one botocore process; each result is the output or the failure text.</summary>
    public static IReadOnlyList<(JsonObject? Parsed, string? Failure)> ParseMany(string service, IEnumerable<(string Operation, WireResponse Response)> responses) =>
        RunMany(responses.Select(r => ParseCase(service, r.Operation, r.Response)))
            .Select(result => result["error"] is { } error
                ? ((JsonObject?)null, (string?)error.GetValue<string>())
                : (result["ok"]!.AsObject(), null))
            .ToArray();

    private static JsonObject ParseCase(string service, string operation, WireResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }
        return new JsonObject
        {
            ["kind"] = "parse",
            ["service"] = service,
            ["operation"] = operation,
            ["status"] = response.StatusCode,
            ["headers"] = headers,
            ["body"] = Convert.ToBase64String(response.Body.Span),
        };
    }

    public static JsonObject Bytes(string text) => new() { ["$bytes"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) };

    private static JsonNode Run(JsonObject testCase)
    {
        var result = RunMany([testCase])[0];
        if (result["error"] is { } error)
        {
            throw new InvalidOperationException("botocore rejected the case: " + error.GetValue<string>());
        }
        return result["ok"]!;
    }

    private static IReadOnlyList<JsonNode> RunMany(IEnumerable<JsonObject> testCases)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "botocore_bridge.py");
        var start = new ProcessStartInfo("python3", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start. " + InstallHint);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"python3 is not installed ({error.Message}). {InstallHint}", error);
        }
        using (process)
        {
            process.StandardInput.Write(new JsonArray(testCases.Select(c => (JsonNode?)c).ToArray()).ToJsonString());
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = stderr.Result;
                throw new InvalidOperationException(message.Contains("No module named 'botocore'", StringComparison.Ordinal)
                    ? $"botocore is not installed. {InstallHint}"
                    : $"botocore_bridge.py failed: {message}");
            }
            return JsonNode.Parse(stdout)!.AsArray().Select(r => r!).ToArray();
        }
    }
}
