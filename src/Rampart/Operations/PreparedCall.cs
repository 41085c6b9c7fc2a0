using System.Text.Json.Nodes;

namespace Rampart.Operations;

/// <summary>A decoded call waiting for authorization: what to authorize, and the handler to run once allowed.</summary>
/// <param name="Request">The typed request, kept for the audit record.</param>
/// <param name="Run">Runs the handler and returns the response as a JSON tree shaped by the API model.</param>
public sealed record PreparedCall(
    AccessRequirement Access,
    object Request,
    Func<CancellationToken, Task<JsonNode?>> Run);
