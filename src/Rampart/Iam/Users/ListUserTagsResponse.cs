using Rampart.Iam.Common;

namespace Rampart.Iam.Users;

public sealed record ListUserTagsResponse(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);
