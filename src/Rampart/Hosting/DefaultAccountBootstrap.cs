using System.Text.Json;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Hosting;

/// <summary>Creates the default account, its root user and root access key on an empty store, or finds them;
/// and wipes the store back to that first-start state.</summary>
public sealed class DefaultAccountBootstrap(IStore store, SecretProtector secrets)
{
    private static readonly ItemKey DefaultAccountKey = new(IdentityCollections.Server, "", "default-account");

    /// <summary>Finds the default account or creates it, with <paramref name="requestedAccountId"/> or a random ID.</summary>
    public async Task<BootstrapResult> EnsureAsync(string? requestedAccountId, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(DefaultAccountKey, cancellationToken);
        if (existing is not null)
        {
            var found = JsonSerializer.Deserialize<DefaultAccount>(existing.Json)!;
            return new BootstrapResult(found, await ReadSecretAsync(found, cancellationToken), null, null);
        }

        var now = DateTimeOffset.UtcNow;
        var accountId = requestedAccountId ?? CredentialGenerator.AccountId();
        var accessKeyId = CredentialGenerator.AccessKeyId();
        var secret = CredentialGenerator.SecretAccessKey();
        var password = CredentialGenerator.Password();
        var email = $"root@{accountId}.rampart.local";
        var account = new DefaultAccount(accountId, accessKeyId);

        await store.CommitAsync(
        [
            new StoreWrite.Put(DefaultAccountKey, JsonSerializer.Serialize(account), StoreWrite.Absent),
            new StoreWrite.Put(
                AccountRecord.KeyOf(accountId),
                JsonSerializer.Serialize(new AccountRecord(accountId, email, new PasswordHasher().Hash(password), now)),
                StoreWrite.Absent),
            new StoreWrite.Put(
                AccessKeyRecord.KeyOf(accessKeyId),
                JsonSerializer.Serialize(new AccessKeyRecord(accessKeyId, accountId, null, AccessKeyRecord.Active, AccessKeySecret.Protect(secrets, accessKeyId, secret), now)),
                StoreWrite.Absent),
        ], cancellationToken);

        return new BootstrapResult(account, secret, email, password);
    }

    /// <summary>Deletes all state except the default account, its root user and root access key, which are
    /// written back exactly as they were, so the generated client files and the root password stay valid.</summary>
    public async Task ResetAsync(DefaultAccount account, CancellationToken cancellationToken)
    {
        ItemKey[] kept = [DefaultAccountKey, AccountRecord.KeyOf(account.AccountId), AccessKeyRecord.KeyOf(account.RootAccessKeyId)];
        var items = new List<StoredItem>(kept.Length);
        foreach (var key in kept)
        {
            items.Add(await store.GetAsync(key, cancellationToken)
                ?? throw new InvalidOperationException($"The default account's item {key} is missing from the store."));
        }
        await store.WipeAsync(cancellationToken);
        await store.CommitAsync([.. items.Select(item => new StoreWrite.Put(item.Key, item.Json, StoreWrite.Absent))], cancellationToken);
    }

    private async Task<string> ReadSecretAsync(DefaultAccount account, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(AccessKeyRecord.KeyOf(account.RootAccessKeyId), cancellationToken)
            ?? throw new InvalidOperationException(
                $"The store names {account.RootAccessKeyId} as the default account's root access key, but holds no such key.");
        return AccessKeySecret.Unprotect(secrets, account.RootAccessKeyId, JsonSerializer.Deserialize<AccessKeyRecord>(item.Json)!.SecretCiphertext);
    }
}
