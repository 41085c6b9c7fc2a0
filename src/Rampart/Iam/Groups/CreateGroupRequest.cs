namespace Rampart.Iam.Groups;

public sealed record CreateGroupRequest(string GroupName, string? Path);
