using Rampart.Iam.Common;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Passwords;

/// <summary>The root user's console sign-in as the login profile operations of a root session see it: the password
/// the account was made with (kept hashed in its <see cref="AccountRecord"/>; accounts an organization creates have
/// none), or a profile a root session created, kept like a user's under the account ID (the root user's ID).</summary>
public sealed class RootLoginProfile(IStore store)
{
    private readonly LoginProfiles profiles = new(store);

    public async ValueTask<LoginProfileRecord?> FindAsync(string accountId, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(accountId, accountId, cancellationToken) is { } created)
        {
            return created.Profile;
        }
        return await AccountAsync(accountId, cancellationToken) is { Record.RootPasswordHash.Length: > 0 } account
            ? new LoginProfileRecord(accountId, account.Record.CreateDate, account.Record.RootPasswordHash, false, account.Record.CreateDate, PasswordHistory.Empty())
            : null;
    }

    public async ValueTask<LoginProfileRecord> RequireAsync(string accountId, CancellationToken cancellationToken) =>
        await FindAsync(accountId, cancellationToken) ?? throw LoginProfiles.NotFound(accountId);

    /// <summary>Creates a profile without a password: IAM has the root user set one through password recovery.</summary>
    public async ValueTask<LoginProfileRecord> CreateAsync(string accountId, bool passwordResetRequired, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, cancellationToken) is not null)
        {
            throw AlreadyExists(accountId);
        }
        var profile = new LoginProfileRecord(accountId, now, "", passwordResetRequired, now, PasswordHistory.Empty());
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([new StoreWrite.Put(LoginProfiles.KeyOf(accountId, accountId), IamJson.Write(profile), StoreWrite.Absent)], cancellationToken),
            key => key.Collection == IamCollections.LoginProfile ? AlreadyExists(accountId) : null);
        return profile;
    }

    /// <summary>Removes the root user's password wherever it is kept.</summary>
    public async ValueTask DeleteAsync(string accountId, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var created = await profiles.FindAsync(accountId, accountId, token);
            var account = await AccountAsync(accountId, token);
            var accountHasPassword = account is { Record.RootPasswordHash.Length: > 0 };
            if (created is null && !accountHasPassword)
            {
                throw LoginProfiles.NotFound(accountId);
            }
            List<StoreWrite> writes = [];
            if (created is { } profile)
            {
                writes.Add(new StoreWrite.Delete(LoginProfiles.KeyOf(accountId, accountId), profile.Version));
            }
            if (accountHasPassword)
            {
                writes.Add(new StoreWrite.Put(account!.Item.Key, IamJson.Write(account.Record with { RootPasswordHash = "" }), account.Item.Version));
            }
            return await store.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
    }

    private static Protocol.AwsException AlreadyExists(string accountId) => IamErrors.EntityAlreadyExists($"Login Profile for user {accountId} already exists.");

    private async ValueTask<StoredAccount?> AccountAsync(string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(AccountRecord.KeyOf(accountId), cancellationToken) is { } item
            ? new StoredAccount(IamJson.Read<AccountRecord>(item.Json), item)
            : null;

    private sealed record StoredAccount(AccountRecord Record, StoredItem Item);
}
