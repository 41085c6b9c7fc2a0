namespace Rampart.Iam.Groups;

public sealed record ListGroupsResponse(IReadOnlyList<GroupOutput> Groups, bool IsTruncated, string? Marker);
