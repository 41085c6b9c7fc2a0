using Rampart.Iam.Common;
namespace Rampart.Iam.Policies;

/// <summary>A customer managed policy as stored (collection <see cref="PolicyCollections.ManagedPolicy"/>), with all
/// its versions (at most five) and usage counts kept in the same item so attaching and deleting commit atomically.</summary>
/// <param name="NextVersion">The number of the next version: IAM never reuses a deleted version's ID.</param>
public sealed record ManagedPolicyRecord(
    string PolicyName,
    string PolicyId,
    string Arn,
    string Path,
    string? Description,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    string DefaultVersionId,
    int NextVersion,
    IReadOnlyList<PolicyVersionRecord> Versions,
    IReadOnlyList<IamTag> Tags,
    int AttachmentCount,
    int PermissionsBoundaryUsageCount)
{
    public PolicyVersionRecord DefaultVersion => Versions.First(v => v.VersionId == DefaultVersionId);
}
