using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Roles;

/// <summary>Reads and writes roles: the record by name key, a copy by path for listings, and an ID lookup, always
/// written together in one transaction.</summary>
public sealed class RoleDirectory(IStore store)
{
    public static ItemKey NameKey(string accountId, string roleName) => new(RoleCollections.Role, accountId, IamName.Key(roleName));

    public static ItemKey IdKey(string accountId, string roleId) => new(RoleCollections.RoleId, accountId, roleId);

    public static ItemKey LastUsedKey(string accountId, string roleId) => new(RoleCollections.RoleLastUsed, accountId, roleId);

    private static ItemKey PathKey(RoleRecord role) => new(RoleCollections.RoleByPath, role.AccountId, IamPath.ListingKey(role.Path, role.RoleName));

    public async ValueTask<StoredRole?> FindAsync(string accountId, string roleName, CancellationToken cancellationToken)
    {
        if (!IamName.CanExist(roleName))
        {
            return null;
        }
        var item = await store.GetAsync(NameKey(accountId, roleName), cancellationToken);
        return item is null ? null : new StoredRole(IamJson.Read<RoleRecord>(item.Json), item.Version);
    }

    public async ValueTask<StoredRole> RequireAsync(string accountId, string roleName, CancellationToken cancellationToken) =>
        await FindAsync(accountId, roleName, cancellationToken) ?? throw RoleErrors.NoSuchRole(roleName);

    public async ValueTask<StoredRole?> FindByIdAsync(string accountId, string roleId, CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(IdKey(accountId, roleId), cancellationToken);
        return entry is null ? null : await FindAsync(accountId, IamJson.Read<RoleIdEntry>(entry.Json).RoleName, cancellationToken);
    }

    /// <summary>The role as policies see it, for <see cref="HolderRecords"/>.</summary>
    public async ValueTask<PolicyHolder?> FindHolderAsync(string accountId, string roleName, CancellationToken cancellationToken) =>
        AsHolder(await FindAsync(accountId, roleName, cancellationToken));

    public async ValueTask<PolicyHolder?> FindHolderByIdAsync(string accountId, string roleId, CancellationToken cancellationToken) =>
        AsHolder(await FindByIdAsync(accountId, roleId, cancellationToken));

    public async ValueTask<RoleLastUsedEntry?> LastUsedAsync(string accountId, string roleId, CancellationToken cancellationToken) =>
        await store.GetAsync(LastUsedKey(accountId, roleId), cancellationToken) is { } item ? IamJson.Read<RoleLastUsedEntry>(item.Json) : null;

    public async ValueTask<IamPage<RoleRecord>> ListAsync(string accountId, string? pathPrefix, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, RoleCollections.RoleByPath, accountId, pathPrefix, marker, maxItems, cancellationToken);
        return page.Map<StoredItem, RoleRecord>([.. page.Items.Select(item => IamJson.Read<RoleRecord>(item.Json))]);
    }

    public static IEnumerable<StoreWrite> Create(RoleRecord role) =>
    [
        new StoreWrite.Put(NameKey(role.AccountId, role.RoleName), IamJson.Write(role), StoreWrite.Absent),
        new StoreWrite.Put(PathKey(role), IamJson.Write(role), StoreWrite.Absent),
        new StoreWrite.Put(IdKey(role.AccountId, role.RoleId), IamJson.Write(new RoleIdEntry(role.RoleName))),
    ];

    /// <summary>Replaces a role read at <paramref name="current"/>'s version (roles cannot be renamed or moved).</summary>
    public static IEnumerable<StoreWrite> Replace(StoredRole current, RoleRecord updated) =>
    [
        new StoreWrite.Put(NameKey(updated.AccountId, updated.RoleName), IamJson.Write(updated), current.Version),
        new StoreWrite.Put(PathKey(updated), IamJson.Write(updated)),
    ];

    public static IEnumerable<StoreWrite> Delete(StoredRole current) =>
    [
        new StoreWrite.Delete(NameKey(current.Role.AccountId, current.Role.RoleName), current.Version),
        new StoreWrite.Delete(PathKey(current.Role)),
        new StoreWrite.Delete(IdKey(current.Role.AccountId, current.Role.RoleId)),
        new StoreWrite.Delete(LastUsedKey(current.Role.AccountId, current.Role.RoleId)),
    ];

    private static PolicyHolder? AsHolder(StoredRole? stored) => stored?.Role is not { } role ? null : new(
        HolderKind.Role, role.AccountId, role.RoleName, role.RoleId, role.Path, role.Arn,
        NameKey(role.AccountId, role.RoleName), stored.Version);
}
