namespace Rampart.Iam.Users;

public sealed record UntagUserRequest(string UserName, IReadOnlyList<string> TagKeys);
