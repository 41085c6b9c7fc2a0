using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Reads and writes users: the record by name key, a copy by path for listings, and an ID lookup, always
/// written together in one transaction.</summary>
public sealed class UserDirectory(IStore store)
{
    public static ItemKey NameKey(string accountId, string userName) => new(IamCollections.User, accountId, IamName.Key(userName));

    public static ItemKey IdKey(string accountId, string userId) => new(IamCollections.UserId, accountId, userId);

    private static ItemKey PathKey(UserRecord user) => new(IamCollections.UserByPath, user.AccountId, IamPath.ListingKey(user.Path, user.UserName));

    public async ValueTask<StoredUser?> FindAsync(string accountId, string userName, CancellationToken cancellationToken)
    {
        if (!IamName.CanExist(userName))
        {
            return null;
        }
        var item = await store.GetAsync(NameKey(accountId, userName), cancellationToken);
        return item is null ? null : new StoredUser(IamJson.Read<UserRecord>(item.Json), item.Version);
    }

    /// <summary>The user, or IAM's NoSuchEntity for it.</summary>
    public async ValueTask<StoredUser> RequireAsync(string accountId, string userName, CancellationToken cancellationToken) =>
        await FindAsync(accountId, userName, cancellationToken) ?? throw IamErrors.NoSuchUser(userName);

    public async ValueTask<StoredUser?> FindByIdAsync(string accountId, string userId, CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(IdKey(accountId, userId), cancellationToken);
        return entry is null ? null : await FindAsync(accountId, IamJson.Read<UserIdEntry>(entry.Json).UserName, cancellationToken);
    }

    public async ValueTask<IamPage<UserRecord>> ListAsync(string accountId, string? pathPrefix, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, IamCollections.UserByPath, accountId, pathPrefix, marker, maxItems, cancellationToken);
        return page.Map<StoredItem, UserRecord>([.. page.Items.Select(item => IamJson.Read<UserRecord>(item.Json))]);
    }

    public static IEnumerable<StoreWrite> Create(UserRecord user) =>
    [
        new StoreWrite.Put(NameKey(user.AccountId, user.UserName), IamJson.Write(user), StoreWrite.Absent),
        new StoreWrite.Put(PathKey(user), IamJson.Write(user), StoreWrite.Absent),
        new StoreWrite.Put(IdKey(user.AccountId, user.UserId), IamJson.Write(new UserIdEntry(user.UserName))),
    ];

    /// <summary>Replaces a user read at <paramref name="current"/>'s version, moving its keys when the name or path changes.</summary>
    public static IEnumerable<StoreWrite> Replace(StoredUser current, UserRecord updated)
    {
        var old = current.User;
        var nameKey = NameKey(old.AccountId, old.UserName);
        var newNameKey = NameKey(updated.AccountId, updated.UserName);
        var writes = new List<StoreWrite>();
        if (nameKey == newNameKey)
        {
            writes.Add(new StoreWrite.Put(nameKey, IamJson.Write(updated), current.Version));
        }
        else
        {
            writes.Add(new StoreWrite.Delete(nameKey, current.Version));
            writes.Add(new StoreWrite.Put(newNameKey, IamJson.Write(updated), StoreWrite.Absent));
        }
        writes.Add(new StoreWrite.Delete(PathKey(old)));
        writes.Add(new StoreWrite.Put(PathKey(updated), IamJson.Write(updated)));
        writes.Add(new StoreWrite.Put(IdKey(updated.AccountId, updated.UserId), IamJson.Write(new UserIdEntry(updated.UserName))));
        return writes;
    }

    public static IEnumerable<StoreWrite> Delete(StoredUser current) =>
    [
        new StoreWrite.Delete(NameKey(current.User.AccountId, current.User.UserName), current.Version),
        new StoreWrite.Delete(PathKey(current.User)),
        new StoreWrite.Delete(IdKey(current.User.AccountId, current.User.UserId)),
    ];
}
