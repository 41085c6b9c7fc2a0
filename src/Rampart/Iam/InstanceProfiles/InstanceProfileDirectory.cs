using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.InstanceProfiles;

/// <summary>Instance profiles by name key, a copy by path for listings, and for each role the profiles holding it
/// (key "ROLEID/NAMEKEY"), which DeleteRole consults.</summary>
public sealed class InstanceProfileDirectory(IStore store)
{
    public const string Collection = "iam.instance-profile";
    public const string ByPathCollection = "iam.instance-profile-path";
    public const string ByRoleCollection = "iam.role-instance-profile";

    public static ItemKey NameKey(string accountId, string name) => new(Collection, accountId, IamName.Key(name));

    public static ItemKey RoleKey(string accountId, string roleId, string name) => new(ByRoleCollection, accountId, roleId + "/" + IamName.Key(name));

    private static ItemKey PathKey(InstanceProfileRecord profile) =>
        new(ByPathCollection, profile.AccountId, IamPath.ListingKey(profile.Path, profile.InstanceProfileName));

    public async ValueTask<InstanceProfileRecord?> FindAsync(string accountId, string name, CancellationToken cancellationToken) =>
        IamName.CanExist(name) && await store.GetAsync(NameKey(accountId, name), cancellationToken) is { } item
            ? IamJson.Read<InstanceProfileRecord>(item.Json)
            : null;

    public async ValueTask<(InstanceProfileRecord Profile, long Version)> RequireAsync(string accountId, string name, CancellationToken cancellationToken) =>
        IamName.CanExist(name) && await store.GetAsync(NameKey(accountId, name), cancellationToken) is { } item
            ? (IamJson.Read<InstanceProfileRecord>(item.Json), item.Version)
            : throw IamErrors.NoSuchEntity($"Instance Profile {name} cannot be found.");

    public static IEnumerable<StoreWrite> Create(InstanceProfileRecord profile) =>
    [
        new StoreWrite.Put(NameKey(profile.AccountId, profile.InstanceProfileName), IamJson.Write(profile), StoreWrite.Absent),
        new StoreWrite.Put(PathKey(profile), IamJson.Write(profile), StoreWrite.Absent),
    ];

    public static IEnumerable<StoreWrite> Replace(InstanceProfileRecord profile, long version) =>
    [
        new StoreWrite.Put(NameKey(profile.AccountId, profile.InstanceProfileName), IamJson.Write(profile), version),
        new StoreWrite.Put(PathKey(profile), IamJson.Write(profile)),
    ];

    public static IEnumerable<StoreWrite> Delete(InstanceProfileRecord profile, long version) =>
    [
        new StoreWrite.Delete(NameKey(profile.AccountId, profile.InstanceProfileName), version),
        new StoreWrite.Delete(PathKey(profile)),
    ];

    public async ValueTask<IamPage<InstanceProfileRecord>> ListAsync(string accountId, string? pathPrefix, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, ByPathCollection, accountId, pathPrefix, marker, maxItems, cancellationToken);
        return page.Map<StoredItem, InstanceProfileRecord>([.. page.Items.Select(i => IamJson.Read<InstanceProfileRecord>(i.Json))]);
    }

    /// <summary>Whether any instance profile holds the role.</summary>
    public async ValueTask<bool> HoldsRoleAsync(string accountId, string roleId, CancellationToken cancellationToken) =>
        (await store.ListAsync(new ListQuery(ByRoleCollection, accountId, roleId + "/", null, 1), cancellationToken)).Items.Count > 0;

    public async ValueTask<IamPage<InstanceProfileRecord>> OfRoleAsync(string accountId, string roleId, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, ByRoleCollection, accountId, roleId + "/", marker, maxItems, cancellationToken);
        var profiles = new List<InstanceProfileRecord>();
        foreach (var item in page.Items)
        {
            if (await store.GetAsync(new ItemKey(Collection, accountId, item.Key.Key[(roleId.Length + 1)..]), cancellationToken) is { } profile)
            {
                profiles.Add(IamJson.Read<InstanceProfileRecord>(profile.Json));
            }
        }
        return page.Map<StoredItem, InstanceProfileRecord>(profiles);
    }

    /// <summary>The model's InstanceProfile, with its role as it is now.</summary>
    public async ValueTask<InstanceProfileOutput> OutputAsync(InstanceProfileRecord profile, CancellationToken cancellationToken)
    {
        var roles = new List<RoleOutput>();
        foreach (var roleId in profile.RoleIds)
        {
            if (await new RoleDirectory(store).FindByIdAsync(profile.AccountId, roleId, cancellationToken) is { } role)
            {
                roles.Add(RoleOutput.Listed(role.Role));
            }
        }
        return new InstanceProfileOutput(profile.Path, profile.InstanceProfileName, profile.InstanceProfileId, profile.Arn, profile.CreateDate, roles,
            profile.Tags.Count > 0 ? profile.Tags : null);
    }
}
