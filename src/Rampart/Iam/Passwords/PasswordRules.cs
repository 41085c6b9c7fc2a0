using Rampart.Iam.Common;

namespace Rampart.Iam.Passwords;

/// <summary>Whether a new password satisfies the account's password policy, or, when the account has none, IAM's
/// default policy: at least 8 characters, of at least three of the four character types.</summary>
public static class PasswordRules
{
    /// <summary>The characters IAM counts as symbols.</summary>
    public const string Symbols = "!@#$%^&*()_+-=[]{}|'";

    private const int DefaultPolicyMinimumLength = 8;
    private const int DefaultPolicyCharacterTypes = 3;

    public static void Check(string password, PasswordPolicyRecord? policy)
    {
        if (!Satisfies(password, policy))
        {
            throw IamErrors.PasswordPolicyViolation("Password does not conform to the account password policy.");
        }
    }

    public static bool Satisfies(string password, PasswordPolicyRecord? policy)
    {
        var upper = password.Any(char.IsAsciiLetterUpper);
        var lower = password.Any(char.IsAsciiLetterLower);
        var digit = password.Any(char.IsAsciiDigit);
        var symbol = password.Any(Symbols.Contains);
        if (policy is null)
        {
            var types = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
            return password.Length >= DefaultPolicyMinimumLength && types >= DefaultPolicyCharacterTypes;
        }
        return password.Length >= policy.MinimumPasswordLength
            && (!policy.RequireUppercaseCharacters || upper)
            && (!policy.RequireLowercaseCharacters || lower)
            && (!policy.RequireNumbers || digit)
            && (!policy.RequireSymbols || symbol);
    }
}
