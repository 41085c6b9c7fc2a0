namespace Rampart.Iam.Groups;

public sealed record CreateGroupResponse(GroupOutput Group);
