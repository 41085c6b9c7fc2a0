namespace Rampart.CloudTrail;

public sealed record LookupEventsResponse(IReadOnlyList<LookedUpEvent> Events, string? NextToken);
