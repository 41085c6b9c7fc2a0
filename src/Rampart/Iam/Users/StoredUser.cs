namespace Rampart.Iam.Users;

/// <summary>A user with the store version its write must expect.</summary>
public sealed record StoredUser(UserRecord User, long Version);
