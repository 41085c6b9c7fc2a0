namespace Rampart.Iam.Passwords;

public sealed record GetLoginProfileRequest(string? UserName);
