namespace Rampart.Iam.Groups;

public sealed record GetGroupRequest(string GroupName, string? Marker, int? MaxItems);
