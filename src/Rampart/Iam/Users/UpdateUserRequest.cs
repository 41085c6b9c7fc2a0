namespace Rampart.Iam.Users;

public sealed record UpdateUserRequest(string UserName, string? NewPath, string? NewUserName);
