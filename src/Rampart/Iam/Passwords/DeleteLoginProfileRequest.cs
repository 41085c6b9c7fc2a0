namespace Rampart.Iam.Passwords;

public sealed record DeleteLoginProfileRequest(string? UserName);
