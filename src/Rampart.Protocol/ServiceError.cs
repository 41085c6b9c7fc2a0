using System.Text.Json.Nodes;

namespace Rampart.Protocol;

/// <summary>An AWS error as the client must see it: the code SDKs map to typed exceptions, the HTTP status,
/// AWS's message wording, and whether the fault is the caller's (Sender) or the service's (Receiver).</summary>
public sealed record ServiceError(string Code, string Message, int StatusCode = 400, bool SenderFault = true)
{
    /// <summary>Further members of the modeled error shape, by model member name (e.g. Organizations'
    /// ConstraintViolationException Reason); JSON protocols send them beside the message.</summary>
    public JsonObject? Details { get; init; }
}
