using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>One management event in CloudTrail's record format, with AWS's field names and order.
/// requestParameters and responseElements are always written, as null when the call had none.</summary>
public sealed record CloudTrailRecord
{
    /// <summary>The record format version this type writes.</summary>
    public const string CurrentVersion = "1.11";

    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = CurrentVersion;

    [JsonPropertyName("userIdentity")]
    public required UserIdentity UserIdentity { get; init; }

    [JsonPropertyName("eventTime")]
    public required string EventTime { get; init; }

    [JsonPropertyName("eventSource")]
    public required string EventSource { get; init; }

    [JsonPropertyName("eventName")]
    public required string EventName { get; init; }

    [JsonPropertyName("awsRegion")]
    public required string AwsRegion { get; init; }

    [JsonPropertyName("sourceIPAddress")]
    public required string SourceIpAddress { get; init; }

    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; init; }

    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    [JsonPropertyName("requestParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonNode? RequestParameters { get; init; }

    [JsonPropertyName("responseElements")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonNode? ResponseElements { get; init; }

    [JsonPropertyName("requestID")]
    public required string RequestId { get; init; }

    [JsonPropertyName("eventID")]
    public required string EventId { get; init; }

    [JsonPropertyName("readOnly")]
    public required bool ReadOnly { get; init; }

    [JsonPropertyName("resources")]
    public IReadOnlyList<RecordResource>? Resources { get; init; }

    [JsonPropertyName("eventType")]
    public string EventType { get; init; } = "AwsApiCall";

    [JsonPropertyName("managementEvent")]
    public bool ManagementEvent { get; init; } = true;

    [JsonPropertyName("recipientAccountId")]
    public required string RecipientAccountId { get; init; }

    [JsonPropertyName("eventCategory")]
    public string EventCategory { get; init; } = "Management";

    [JsonPropertyName("tlsDetails")]
    public TlsDetails? TlsDetails { get; init; }
}
