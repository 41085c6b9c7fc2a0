using Rampart.Shield.Api.Common;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>A protection group: resources whose attacks Shield detects and reports together. Members are listed
/// only for the ARBITRARY pattern; ALL and BY_RESOURCE_TYPE take the protected resources as they are.</summary>
public sealed record ProtectionGroupRecord(
    string ProtectionGroupId,
    string Aggregation,
    string Pattern,
    string? ResourceType,
    IReadOnlyList<string> Members,
    string ProtectionGroupArn,
    IReadOnlyList<ShieldTag> Tags);
