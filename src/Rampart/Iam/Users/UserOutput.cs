using Rampart.Iam.Common;

namespace Rampart.Iam.Users;

/// <summary>The model's User shape. The root user has no name or path; listings leave out the boundary and tags,
/// as IAM's ListUsers and GetGroup do.</summary>
public sealed record UserOutput(
    string? Path,
    string? UserName,
    string UserId,
    string Arn,
    DateTimeOffset CreateDate,
    AttachedPermissionsBoundary? PermissionsBoundary = null,
    IReadOnlyList<IamTag>? Tags = null)
{
    public static UserOutput Full(UserRecord user) => new(
        user.Path, user.UserName, user.UserId, user.Arn, user.CreateDate,
        user.PermissionsBoundaryArn is { } boundary ? new AttachedPermissionsBoundary(boundary) : null,
        user.Tags.Count > 0 ? user.Tags : null);

    public static UserOutput Listed(UserRecord user) => new(user.Path, user.UserName, user.UserId, user.Arn, user.CreateDate);
}
