using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>Reads the account's alias.</summary>
public sealed class AccountAliases(IStore store)
{
    public static ItemKey GlobalKey(string alias) => new(IamCollections.AccountAliasGlobal, "", alias);

    public static ItemKey AccountKey(string accountId) => new(IamCollections.AccountAlias, accountId, "alias");

    public async ValueTask<(AccountAliasEntry Alias, long Version)?> OfAccountAsync(string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(AccountKey(accountId), cancellationToken) is { } item ? (IamJson.Read<AccountAliasEntry>(item.Json), item.Version) : null;
}
