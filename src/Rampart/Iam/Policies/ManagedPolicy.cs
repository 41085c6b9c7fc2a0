using Rampart.Iam.Common;
namespace Rampart.Iam.Policies;

/// <summary>A managed policy as every operation sees it, whether AWS or the customer manages it.</summary>
/// <param name="Record">The stored record of a customer managed policy; null for AWS's.</param>
/// <param name="RecordVersion">The store version of the record, or of the account's usage record of an AWS managed policy.</param>
public sealed record ManagedPolicy(
    string PolicyName,
    string PolicyId,
    string Arn,
    string Path,
    string? Description,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    string DefaultVersionId,
    IReadOnlyList<PolicyVersionRecord> Versions,
    IReadOnlyList<IamTag> Tags,
    int AttachmentCount,
    int PermissionsBoundaryUsageCount,
    ManagedPolicyRecord? Record,
    long RecordVersion)
{
    public bool IsAwsManaged => Record is null;

    public PolicyVersionRecord DefaultVersion => Versions.First(v => v.VersionId == DefaultVersionId);

    public static ManagedPolicy FromRecord(ManagedPolicyRecord record, long version) => new(
        record.PolicyName, record.PolicyId, record.Arn, record.Path, record.Description, record.CreateDate, record.UpdateDate,
        record.DefaultVersionId, record.Versions, record.Tags, record.AttachmentCount, record.PermissionsBoundaryUsageCount, record, version);

    /// <param name="usageVersion">The store version of the account's usage record (0 while the policy is unused).</param>
    public static ManagedPolicy FromAws(AwsManagedPolicy policy, PolicyUsageRecord? usage, long usageVersion) => new(
        policy.PolicyName, policy.PolicyId, policy.Arn, policy.Path, policy.Description, policy.CreateDate, policy.UpdateDate,
        policy.VersionId, [new PolicyVersionRecord(policy.VersionId, policy.Document, policy.UpdateDate)], [],
        usage?.AttachmentCount ?? 0, usage?.PermissionsBoundaryUsageCount ?? 0, null, usageVersion);

    /// <summary>The model's Policy shape. GetPolicy and CreatePolicy return tags and the description; ListPolicies leaves
    /// out the description, as IAM does.</summary>
    public PolicyInfo Describe(bool withDetails) => new(
        PolicyName, PolicyId, Arn, Path, DefaultVersionId, AttachmentCount, PermissionsBoundaryUsageCount, true,
        withDetails ? Description : null, CreateDate, UpdateDate, withDetails && Tags.Count > 0 ? Tags : null);
}
