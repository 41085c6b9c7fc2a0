using System.Text.Json.Nodes;
using Rampart.Identity;
using Rampart.Operations;

namespace Rampart.Tests.Waf.Api;

/// <summary>Runs operations in-process as the root user of one account in us-east-1 (no wire, no authorization).</summary>
public sealed class InProcessCalls(string accountId)
{
    public CallContext Call { get; } = new(Principal.Root(accountId, null), "us-east-1", "test-request", DateTimeOffset.UtcNow, "127.0.0.1", null, true);

    public async Task<JsonObject> RunAsync(IOperation operation, string requestJson)
    {
        var prepared = operation.Prepare(JsonNode.Parse(requestJson)!.AsObject(), Call);
        return (await prepared.Run(CancellationToken.None))?.AsObject() ?? [];
    }
}
