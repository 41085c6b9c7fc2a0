namespace Rampart.Iam.Groups;

public sealed record UpdateGroupRequest(string GroupName, string? NewPath, string? NewGroupName);
