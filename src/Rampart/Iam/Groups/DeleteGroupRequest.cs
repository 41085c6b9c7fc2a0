namespace Rampart.Iam.Groups;

public sealed record DeleteGroupRequest(string GroupName);
