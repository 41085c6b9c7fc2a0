using Rampart.Iam.Common;

namespace Rampart.Iam.Roles;

/// <summary>An IAM role as stored (see <see cref="RoleDirectory"/>). Its policies are keyed by <see cref="RoleId"/>.</summary>
/// <param name="AssumeRolePolicyDocument">The trust policy as the caller sent it.</param>
/// <param name="PermissionsBoundaryArn">The managed policy that bounds the role's permissions, if any.</param>
public sealed record RoleRecord(
    string AccountId,
    string RoleName,
    string RoleId,
    string Path,
    DateTimeOffset CreateDate,
    string AssumeRolePolicyDocument,
    string? Description,
    int MaxSessionDuration,
    string? PermissionsBoundaryArn,
    IReadOnlyList<IamTag> Tags)
{
    /// <summary>IAM's default maximum session duration: one hour.</summary>
    public const int DefaultMaxSessionDuration = 3600;

    public string Arn => IamArn.Role(AccountId, Path, RoleName);
}
