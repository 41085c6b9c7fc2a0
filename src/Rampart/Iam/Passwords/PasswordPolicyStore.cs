using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Passwords;

/// <summary>Reads the account's password policy (one item per account).</summary>
public sealed class PasswordPolicyStore(IStore store)
{
    public static ItemKey KeyOf(string accountId) => new(IamCollections.PasswordPolicy, accountId, "policy");

    public async ValueTask<PasswordPolicyRecord?> FindAsync(string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId), cancellationToken) is { } item ? IamJson.Read<PasswordPolicyRecord>(item.Json) : null;

    public static Protocol.AwsException NoPolicy(string accountId) =>
        IamErrors.NoSuchEntity($"The Password Policy with domain name {accountId} cannot be found.");
}
