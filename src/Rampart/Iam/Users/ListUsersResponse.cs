namespace Rampart.Iam.Users;

public sealed record ListUsersResponse(IReadOnlyList<UserOutput> Users, bool IsTruncated, string? Marker);
