namespace Rampart.Iam.Passwords;

/// <summary>The model's LoginProfile shape (never the password).</summary>
public sealed record LoginProfileOutput(string UserName, DateTimeOffset CreateDate, bool PasswordResetRequired);
