namespace Rampart.Iam.Passwords;

public sealed record ChangePasswordRequest(string OldPassword, string NewPassword);
