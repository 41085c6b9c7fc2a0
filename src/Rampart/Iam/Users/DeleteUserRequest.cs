namespace Rampart.Iam.Users;

public sealed record DeleteUserRequest(string UserName);
