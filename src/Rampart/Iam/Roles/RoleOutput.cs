using Rampart.Iam.Common;
using Rampart.Iam.Users;

namespace Rampart.Iam.Roles;

/// <summary>The model's Role shape. The trust policy comes back URL-encoded (RFC 3986), as IAM returns it; ListRoles
/// leaves out the boundary, tags and last use, as IAM does.</summary>
public sealed record RoleOutput(
    string Path,
    string RoleName,
    string RoleId,
    string Arn,
    DateTimeOffset CreateDate,
    string AssumeRolePolicyDocument,
    string? Description,
    int MaxSessionDuration,
    AttachedPermissionsBoundary? PermissionsBoundary = null,
    IReadOnlyList<IamTag>? Tags = null,
    RoleLastUsedEntry? RoleLastUsed = null)
{
    public static RoleOutput Full(RoleRecord role, RoleLastUsedEntry? lastUsed) => Listed(role) with
    {
        PermissionsBoundary = role.PermissionsBoundaryArn is { } boundary ? new AttachedPermissionsBoundary(boundary) : null,
        Tags = role.Tags.Count > 0 ? role.Tags : null,
        RoleLastUsed = lastUsed ?? new RoleLastUsedEntry(null, null),
    };

    public static RoleOutput Listed(RoleRecord role) => new(
        role.Path, role.RoleName, role.RoleId, role.Arn, role.CreateDate, Uri.EscapeDataString(role.AssumeRolePolicyDocument),
        role.Description, role.MaxSessionDuration);
}
