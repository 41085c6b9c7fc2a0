using Rampart.Iam.Common;
using Rampart.Iam.Roles;

namespace Rampart.Iam.InstanceProfiles;

/// <summary>The model's InstanceProfile shape.</summary>
public sealed record InstanceProfileOutput(
    string Path, string InstanceProfileName, string InstanceProfileId, string Arn, DateTimeOffset CreateDate,
    IReadOnlyList<RoleOutput> Roles, IReadOnlyList<IamTag>? Tags);
