namespace Rampart.Iam.Passwords;

public sealed record UpdateLoginProfileRequest(string UserName, string? Password, bool? PasswordResetRequired);
