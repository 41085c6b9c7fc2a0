namespace Rampart.Iam.Users;

/// <summary>The item that finds a user by its unique ID.</summary>
public sealed record UserIdEntry(string UserName);
