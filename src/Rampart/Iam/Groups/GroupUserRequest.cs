namespace Rampart.Iam.Groups;

/// <summary>The request of AddUserToGroup and RemoveUserFromGroup.</summary>
public sealed record GroupUserRequest(string GroupName, string UserName);
