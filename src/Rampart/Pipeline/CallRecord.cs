using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Protocol.Routing;

namespace Rampart.Pipeline;

/// <summary>What the pipeline has learned about one call so far, for the error encoding and the audit record.</summary>
internal sealed class CallRecord(string requestId, string sourceIp, string? userAgent, bool secureTransport)
{
    public string RequestId { get; } = requestId;
    public string SourceIp { get; } = sourceIp;
    public string? UserAgent { get; } = userAgent;
    public bool SecureTransport { get; } = secureTransport;
    public WireRequest? Wire { get; set; }
    public string? Region { get; set; }
    public string? AccessKeyId { get; set; }
    public string? ScopeService { get; set; }
    public RouteMatch? Route { get; set; }
    public CallContext? Context { get; set; }
    public JsonObject? Input { get; set; }
    public AccessRequirement? Access { get; set; }
    public JsonNode? Output { get; set; }
    public ServiceError? Error { get; set; }
}
