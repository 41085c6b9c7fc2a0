using Rampart.Iam.Users;

namespace Rampart.Iam.Groups;

public sealed record GetGroupResponse(GroupOutput Group, IReadOnlyList<UserOutput> Users, bool IsTruncated, string? Marker);
