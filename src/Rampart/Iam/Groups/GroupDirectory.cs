using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Groups;

/// <summary>Reads and writes groups: the record by name key, a copy by path for listings and an ID lookup,
/// always written together.</summary>
public sealed class GroupDirectory(IStore store)
{
    public static ItemKey NameKey(string accountId, string groupName) => new(IamCollections.Group, accountId, IamName.Key(groupName));

    public static ItemKey IdKey(string accountId, string groupId) => new(IamCollections.GroupId, accountId, groupId);

    private static ItemKey PathKey(GroupRecord group) => new(IamCollections.GroupByPath, group.AccountId, IamPath.ListingKey(group.Path, group.GroupName));

    public async ValueTask<StoredGroup?> FindAsync(string accountId, string groupName, CancellationToken cancellationToken)
    {
        if (!IamName.CanExist(groupName))
        {
            return null;
        }
        var item = await store.GetAsync(NameKey(accountId, groupName), cancellationToken);
        return item is null ? null : new StoredGroup(IamJson.Read<GroupRecord>(item.Json), item.Version);
    }

    public async ValueTask<StoredGroup> RequireAsync(string accountId, string groupName, CancellationToken cancellationToken) =>
        await FindAsync(accountId, groupName, cancellationToken) ?? throw IamErrors.NoSuchGroup(groupName);

    public async ValueTask<StoredGroup?> FindByIdAsync(string accountId, string groupId, CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(IdKey(accountId, groupId), cancellationToken);
        return entry is null ? null : await FindAsync(accountId, IamJson.Read<GroupIdEntry>(entry.Json).GroupName, cancellationToken);
    }

    public async ValueTask<IamPage<GroupRecord>> ListAsync(string accountId, string? pathPrefix, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, IamCollections.GroupByPath, accountId, pathPrefix, marker, maxItems, cancellationToken);
        return page.Map<StoredItem, GroupRecord>([.. page.Items.Select(item => IamJson.Read<GroupRecord>(item.Json))]);
    }

    public static IEnumerable<StoreWrite> Create(GroupRecord group) =>
    [
        new StoreWrite.Put(NameKey(group.AccountId, group.GroupName), IamJson.Write(group), StoreWrite.Absent),
        new StoreWrite.Put(PathKey(group), IamJson.Write(group), StoreWrite.Absent),
        new StoreWrite.Put(IdKey(group.AccountId, group.GroupId), IamJson.Write(new GroupIdEntry(group.GroupName))),
    ];

    public static IEnumerable<StoreWrite> Replace(StoredGroup current, GroupRecord updated)
    {
        var old = current.Group;
        var nameKey = NameKey(old.AccountId, old.GroupName);
        var newNameKey = NameKey(updated.AccountId, updated.GroupName);
        return
        [
            .. nameKey == newNameKey
                ? (StoreWrite[])[new StoreWrite.Put(nameKey, IamJson.Write(updated), current.Version)]
                : [new StoreWrite.Delete(nameKey, current.Version), new StoreWrite.Put(newNameKey, IamJson.Write(updated), StoreWrite.Absent)],
            new StoreWrite.Delete(PathKey(old)),
            new StoreWrite.Put(PathKey(updated), IamJson.Write(updated)),
            new StoreWrite.Put(IdKey(updated.AccountId, updated.GroupId), IamJson.Write(new GroupIdEntry(updated.GroupName))),
        ];
    }

    public static IEnumerable<StoreWrite> Delete(StoredGroup current) =>
    [
        new StoreWrite.Delete(NameKey(current.Group.AccountId, current.Group.GroupName), current.Version),
        new StoreWrite.Delete(PathKey(current.Group)),
        new StoreWrite.Delete(IdKey(current.Group.AccountId, current.Group.GroupId)),
    ];
}
