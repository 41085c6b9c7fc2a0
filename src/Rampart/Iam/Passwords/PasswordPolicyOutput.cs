namespace Rampart.Iam.Passwords;

/// <summary>The model's PasswordPolicy shape; the age, reuse and hard-expiry settings appear only when set.</summary>
public sealed record PasswordPolicyOutput(
    int MinimumPasswordLength,
    bool RequireSymbols,
    bool RequireNumbers,
    bool RequireUppercaseCharacters,
    bool RequireLowercaseCharacters,
    bool AllowUsersToChangePassword,
    bool ExpirePasswords,
    int? MaxPasswordAge,
    int? PasswordReusePrevention,
    bool? HardExpiry)
{
    public static PasswordPolicyOutput Of(PasswordPolicyRecord policy) => new(
        policy.MinimumPasswordLength, policy.RequireSymbols, policy.RequireNumbers, policy.RequireUppercaseCharacters,
        policy.RequireLowercaseCharacters, policy.AllowUsersToChangePassword, policy.ExpirePasswords,
        policy.ExpirePasswords ? policy.MaxPasswordAge : null,
        policy.PasswordReusePrevention > 0 ? policy.PasswordReusePrevention : null,
        policy.HardExpiry ? true : null);
}
