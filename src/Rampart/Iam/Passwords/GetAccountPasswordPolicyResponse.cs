namespace Rampart.Iam.Passwords;

public sealed record GetAccountPasswordPolicyResponse(PasswordPolicyOutput PasswordPolicy);
