namespace Rampart.Iam.Passwords;

/// <summary>The checks every new password of an existing login profile passes: the policy's rules, then reuse.</summary>
public static class PasswordChange
{
    public static void CheckNew(string password, LoginProfileRecord profile, PasswordPolicyRecord? policy)
    {
        PasswordRules.Check(password, policy);
        if (policy is { PasswordReusePrevention: > 0 } && profile.History.ContainsRecent(profile.History.HashOf(password), policy.PasswordReusePrevention))
        {
            throw Common.IamErrors.PasswordPolicyViolation("Password does not conform to the account password policy.");
        }
    }
}
