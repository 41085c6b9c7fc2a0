using Rampart.Iam.Common;

namespace Rampart.Iam.InstanceProfiles;

/// <summary>An instance profile as stored: a container for at most one role, named by the role's ID.</summary>
public sealed record InstanceProfileRecord(
    string AccountId,
    string InstanceProfileName,
    string InstanceProfileId,
    string Path,
    DateTimeOffset CreateDate,
    IReadOnlyList<string> RoleIds,
    IReadOnlyList<IamTag> Tags)
{
    /// <summary>IAM's quota of roles per instance profile.</summary>
    public const int MaxRoles = 1;

    public string Arn => IamArn.Of(AccountId, "instance-profile", Path, InstanceProfileName);
}
