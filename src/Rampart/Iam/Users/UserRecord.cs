using Rampart.Iam.Common;

namespace Rampart.Iam.Users;

/// <summary>An IAM user as stored (see <see cref="UserDirectory"/>). Everything that belongs to the user
/// (access keys, group memberships, login profile, policies) is keyed by <see cref="UserId"/>, so a rename only
/// moves this record.</summary>
/// <param name="PermissionsBoundaryArn">The managed policy that bounds the user's permissions, if any.</param>
public sealed record UserRecord(
    string AccountId,
    string UserName,
    string UserId,
    string Path,
    DateTimeOffset CreateDate,
    string? PermissionsBoundaryArn,
    IReadOnlyList<IamTag> Tags)
{
    public string Arn => IamArn.User(AccountId, Path, UserName);
}
