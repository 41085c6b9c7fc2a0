namespace Rampart.Iam.Passwords;

/// <summary>A user's console password (collection <see cref="Common.IamCollections.LoginProfile"/>, key = user ID):
/// only a slow salted hash of it is kept.</summary>
public sealed record LoginProfileRecord(
    string UserId,
    DateTimeOffset CreateDate,
    string PasswordHash,
    bool PasswordResetRequired,
    DateTimeOffset PasswordLastChanged,
    PasswordHistory History)
{
    /// <summary>When the password expires under <paramref name="policy"/>; null when passwords do not expire.</summary>
    public DateTimeOffset? ExpiresAt(PasswordPolicyRecord? policy) =>
        policy is { ExpirePasswords: true } ? PasswordLastChanged.AddDays(policy.MaxPasswordAge) : null;
}
