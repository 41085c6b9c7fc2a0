namespace Rampart.Iam.Passwords;

/// <summary>The account's password policy as stored; a parameter left out of UpdateAccountPasswordPolicy takes its
/// default, as IAM documents (length 6, nothing required, no expiry, no reuse prevention).</summary>
/// <param name="MaxPasswordAge">Days a password lasts; 0 = it never expires.</param>
/// <param name="PasswordReusePrevention">How many previous passwords cannot be used again; 0 = any can.</param>
public sealed record PasswordPolicyRecord(
    int MinimumPasswordLength,
    bool RequireSymbols,
    bool RequireNumbers,
    bool RequireUppercaseCharacters,
    bool RequireLowercaseCharacters,
    bool AllowUsersToChangePassword,
    int MaxPasswordAge,
    int PasswordReusePrevention,
    bool HardExpiry)
{
    public const int DefaultMinimumLength = 6;

    public bool ExpirePasswords => MaxPasswordAge > 0;
}
