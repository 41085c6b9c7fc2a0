using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Passwords;

/// <summary>Reads login profiles and makes new password hashes.</summary>
public sealed class LoginProfiles(IStore store)
{
    private static readonly PasswordHasher Hasher = new();

    public static ItemKey KeyOf(string accountId, string userId) => new(IamCollections.LoginProfile, accountId, userId);

    public async ValueTask<(LoginProfileRecord Profile, long Version)?> FindAsync(string accountId, string userId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId, userId), cancellationToken) is { } item ? (IamJson.Read<LoginProfileRecord>(item.Json), item.Version) : null;

    public async ValueTask<(LoginProfileRecord Profile, long Version)> RequireAsync(string accountId, string userId, string userName, CancellationToken cancellationToken) =>
        await FindAsync(accountId, userId, cancellationToken) ?? throw NotFound(userName);

    public static Protocol.AwsException NotFound(string userName) => IamErrors.NoSuchEntity($"Login Profile for User {userName} cannot be found.");

    public static string Hash(string password) => Hasher.Hash(password);

    public static bool Verify(string password, string hash) => Hasher.Verify(password, hash);

    /// <summary>The profile after its password is set to <paramref name="password"/> at <paramref name="now"/>.</summary>
    public static LoginProfileRecord WithPassword(LoginProfileRecord profile, string password, DateTimeOffset now) => profile with
    {
        PasswordHash = Hash(password),
        PasswordLastChanged = now,
        History = profile.History.With(profile.History.HashOf(password)),
    };
}
