using System.Text.Json;

namespace Rampart.Tests.EndToEnd;

/// <summary>Sends hand-built requests, signed by botocore's own SigV4 signer, where the aws CLI cannot (unknown
/// operations, Rampart's own endpoints, unsigned requests).</summary>
public static class RawRequests
{
    /// <param name="call">A Python call of send(method, path, body, headers, service, sign=True).</param>
    /// <returns>The response's status, body and requestId.</returns>
    public static async Task<JsonElement> SendAsync(RampartProcess server, IReadOnlyDictionary<string, string> clientEnvironment, string call)
    {
        var environment = new Dictionary<string, string>(clientEnvironment)
        {
            ["RAMPART_URL"] = server.Endpoint.GetLeftPart(UriPartial.Authority),
        };
        var result = await ExternalTools.PythonAsync(PythonScripts.RawRequest + call, environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement;
    }

    public static Task<JsonElement> SendAsync(RampartProcess server, string call) =>
        SendAsync(server, server.ClientEnvironment, call);
}
