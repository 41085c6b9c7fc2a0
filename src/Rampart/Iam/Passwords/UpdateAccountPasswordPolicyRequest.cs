namespace Rampart.Iam.Passwords;

public sealed record UpdateAccountPasswordPolicyRequest(
    int? MinimumPasswordLength,
    bool? RequireSymbols,
    bool? RequireNumbers,
    bool? RequireUppercaseCharacters,
    bool? RequireLowercaseCharacters,
    bool? AllowUsersToChangePassword,
    int? MaxPasswordAge,
    int? PasswordReusePrevention,
    bool? HardExpiry);
