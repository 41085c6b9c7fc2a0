using Rampart.Iam.Common;
using Rampart.Iam.Policies.Attached;
using Rampart.Iam.Users;

namespace Rampart.Iam.Policies.Managed;

/// <summary>The model's PolicyDetail: an inline policy with its document URL-encoded.</summary>
public sealed record PolicyDetail(string PolicyName, string PolicyDocument);

public sealed record UserDetail(
    string Path,
    string UserName,
    string UserId,
    string Arn,
    DateTimeOffset CreateDate,
    IReadOnlyList<PolicyDetail> UserPolicyList,
    IReadOnlyList<string> GroupList,
    IReadOnlyList<AttachedPolicy> AttachedManagedPolicies,
    AttachedPermissionsBoundary? PermissionsBoundary,
    IReadOnlyList<IamTag>? Tags);

public sealed record GroupDetail(
    string Path,
    string GroupName,
    string GroupId,
    string Arn,
    DateTimeOffset CreateDate,
    IReadOnlyList<PolicyDetail> GroupPolicyList,
    IReadOnlyList<AttachedPolicy> AttachedManagedPolicies);

public sealed record ManagedPolicyDetail(
    string PolicyName,
    string PolicyId,
    string Arn,
    string Path,
    string DefaultVersionId,
    int AttachmentCount,
    int PermissionsBoundaryUsageCount,
    bool IsAttachable,
    string? Description,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    IReadOnlyList<PolicyVersionInfo> PolicyVersionList)
{
    public static ManagedPolicyDetail Of(ManagedPolicy policy) => new(
        policy.PolicyName, policy.PolicyId, policy.Arn, policy.Path, policy.DefaultVersionId, policy.AttachmentCount,
        policy.PermissionsBoundaryUsageCount, true, policy.Description, policy.CreateDate, policy.UpdateDate,
        [.. policy.Versions.Select(v => PolicyVersionInfo.Of(v, policy.DefaultVersionId, withDocument: true))]);
}
