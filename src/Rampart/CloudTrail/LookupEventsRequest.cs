namespace Rampart.CloudTrail;

public sealed record LookupEventsRequest(
    IReadOnlyList<LookupAttribute>? LookupAttributes,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string? EventCategory,
    int? MaxResults,
    string? NextToken);
