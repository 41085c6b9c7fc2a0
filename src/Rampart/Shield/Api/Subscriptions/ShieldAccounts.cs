using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Shield.Api.Subscriptions;

/// <summary>Reads and changes an account's <see cref="ShieldAccount"/> state.</summary>
public sealed class ShieldAccounts(IStore store)
{
    public async Task<ShieldAccount> GetAsync(string accountId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(Key(accountId), cancellationToken);
        return item is null ? ShieldAccount.None : ShieldJson.Read<ShieldAccount>(item.Json);
    }

    /// <summary>The account's state, which must have a subscription.</summary>
    public async Task<(ShieldAccount Account, SubscriptionRecord Subscription)> SubscribedAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await GetAsync(accountId, cancellationToken);
        return account.Subscription is { } subscription ? (account, subscription) : throw ShieldErrors.NoSubscription();
    }

    /// <summary>Applies a change to the account's state (retrying when another writer got there first).</summary>
    public async Task UpdateAsync(string accountId, Func<ShieldAccount, ShieldAccount> change, CancellationToken cancellationToken) =>
        await store.UpdateAsync(Key(accountId), json => ShieldJson.Write(change(json is null ? ShieldAccount.None : ShieldJson.Read<ShieldAccount>(json))), cancellationToken);

    /// <summary>Like <see cref="UpdateAsync"/>, for changes that need a subscription.</summary>
    public Task UpdateSubscribedAsync(string accountId, Func<ShieldAccount, ShieldAccount> change, CancellationToken cancellationToken) =>
        UpdateAsync(accountId, account => account.Subscription is null ? throw ShieldErrors.NoSubscription() : change(account), cancellationToken);

    private static ItemKey Key(string accountId) => new(ShieldCollections.Account, accountId, ShieldCollections.AccountKey);
}
