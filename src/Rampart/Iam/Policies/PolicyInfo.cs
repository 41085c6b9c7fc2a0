using Rampart.Iam.Common;
namespace Rampart.Iam.Policies;

/// <summary>The model's Policy shape.</summary>
public sealed record PolicyInfo(
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
    IReadOnlyList<IamTag>? Tags);
