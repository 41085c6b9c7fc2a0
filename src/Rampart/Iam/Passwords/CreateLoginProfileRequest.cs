namespace Rampart.Iam.Passwords;

public sealed record CreateLoginProfileRequest(string? UserName, string? Password, bool? PasswordResetRequired);
