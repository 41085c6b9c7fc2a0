using Rampart.Iam.Common;

namespace Rampart.Iam.Groups;

/// <summary>An IAM group as stored (see <see cref="GroupDirectory"/>); memberships and policies are keyed by its ID.</summary>
public sealed record GroupRecord(string AccountId, string GroupName, string GroupId, string Path, DateTimeOffset CreateDate)
{
    public string Arn => IamArn.Group(AccountId, Path, GroupName);
}
