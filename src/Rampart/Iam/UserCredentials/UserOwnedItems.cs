using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.UserCredentials;

/// <summary>Credentials a user owns beside access keys and passwords (signing certificates, SSH public keys,
/// service-specific credentials): one collection per kind, partition = account ID, key "USERID/ID", so a user's
/// items are one prefix scan and DeleteUser can ask whether any remain.</summary>
public sealed class UserOwnedItems<TRecord>(IStore store, string collection)
{
    public ItemKey KeyOf(string accountId, string userId, string id) => new(collection, accountId, userId + "/" + id);

    public async ValueTask<IReadOnlyList<Versioned<TRecord>>> OfUserAsync(string accountId, string userId, CancellationToken cancellationToken)
    {
        var items = new List<Versioned<TRecord>>();
        await foreach (var item in IamPaging.AllAsync(store, collection, accountId, userId + "/", cancellationToken))
        {
            items.Add(new Versioned<TRecord>(IamJson.Read<TRecord>(item.Json), item.Version));
        }
        return items;
    }

    public async ValueTask<Versioned<TRecord>?> FindAsync(string accountId, string userId, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId, userId, id), cancellationToken) is { } item
            ? new Versioned<TRecord>(IamJson.Read<TRecord>(item.Json), item.Version)
            : null;

    /// <summary>One page of every user's items in the account, in key order.</summary>
    public async ValueTask<IamPage<TRecord>> ListAccountAsync(string accountId, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, collection, accountId, null, marker, maxItems, cancellationToken);
        return page.Map<StoredItem, TRecord>([.. page.Items.Select(item => IamJson.Read<TRecord>(item.Json))]);
    }
}
