namespace Rampart.CloudTrail;

/// <summary>The model's Event: one event of a LookupEvents answer, with the full record as CloudTrailEvent.</summary>
/// <param name="ReadOnly">"true" or "false", a string in the model.</param>
public sealed record LookedUpEvent(
    string EventId,
    string EventName,
    string ReadOnly,
    string? AccessKeyId,
    DateTimeOffset EventTime,
    string EventSource,
    string? Username,
    IReadOnlyList<EventResource> Resources,
    string CloudTrailEvent);
