namespace Rampart.Shield.Api.ProtectionGroups;

public sealed record ProtectionGroupIdRequest(string ProtectionGroupId);

public sealed record DescribeProtectionGroupResponse(object ProtectionGroup);

public sealed record ListResourcesInProtectionGroupRequest(string ProtectionGroupId, string? NextToken, int? MaxResults);

public sealed record ListResourcesInProtectionGroupResponse(IReadOnlyList<string> ResourceArns, string? NextToken);
