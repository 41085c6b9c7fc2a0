namespace Rampart.Iam.Users;

public sealed record GetUserRequest(string? UserName);
