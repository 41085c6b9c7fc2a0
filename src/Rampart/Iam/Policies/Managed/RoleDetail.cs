using Rampart.Iam.Common;
using Rampart.Iam.InstanceProfiles;
using Rampart.Iam.Policies.Attached;
using Rampart.Iam.Roles;
using Rampart.Iam.Users;

namespace Rampart.Iam.Policies.Managed;

/// <summary>The model's RoleDetail: a role with its trust policy (URL-encoded), the instance profiles holding it, its
/// policies, boundary, tags and last use.</summary>
public sealed record RoleDetail(
    string Path,
    string RoleName,
    string RoleId,
    string Arn,
    DateTimeOffset CreateDate,
    string AssumeRolePolicyDocument,
    IReadOnlyList<InstanceProfileOutput> InstanceProfileList,
    IReadOnlyList<PolicyDetail> RolePolicyList,
    IReadOnlyList<AttachedPolicy> AttachedManagedPolicies,
    AttachedPermissionsBoundary? PermissionsBoundary,
    IReadOnlyList<IamTag>? Tags,
    RoleLastUsedEntry RoleLastUsed)
{
    public static RoleDetail Of(
        RoleRecord role, IReadOnlyList<InstanceProfileOutput> profiles, IReadOnlyList<PolicyDetail> inline, IReadOnlyList<AttachedPolicy> attached,
        RoleLastUsedEntry? lastUsed) => new(
        role.Path, role.RoleName, role.RoleId, role.Arn, role.CreateDate, Uri.EscapeDataString(role.AssumeRolePolicyDocument), profiles, inline, attached,
        role.PermissionsBoundaryArn is { } boundary ? new AttachedPermissionsBoundary(boundary) : null,
        role.Tags.Count > 0 ? role.Tags : null,
        lastUsed ?? new RoleLastUsedEntry(null, null));
}
