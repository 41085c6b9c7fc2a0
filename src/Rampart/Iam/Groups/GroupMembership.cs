using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Groups;

/// <summary>Who is in which group. Each membership is two items written in one transaction: "GROUPID/USERID"
/// in <see cref="IamCollections.GroupMember"/> and "USERID/GROUPID" in <see cref="IamCollections.UserGroup"/>, so
/// a group's members and a user's groups are each one range scan. This is also how the policies side finds the
/// groups whose policies apply to a user (<see cref="GroupsOfUserAsync"/>).</summary>
public sealed class GroupMembership(IStore store)
{
    /// <summary>IAM's quota of groups per user.</summary>
    public const int MaxGroupsPerUser = 10;

    private readonly GroupDirectory groups = new(store);
    private readonly UserDirectory users = new(store);

    public static ItemKey MemberKey(string accountId, string groupId, string userId) => new(IamCollections.GroupMember, accountId, $"{groupId}/{userId}");

    public static ItemKey UserGroupKey(string accountId, string userId, string groupId) => new(IamCollections.UserGroup, accountId, $"{userId}/{groupId}");

    public static IEnumerable<StoreWrite> Add(string accountId, string groupId, string userId)
    {
        var json = IamJson.Write(new MembershipEntry(groupId, userId));
        return [new StoreWrite.Put(MemberKey(accountId, groupId, userId), json), new StoreWrite.Put(UserGroupKey(accountId, userId, groupId), json)];
    }

    public static IEnumerable<StoreWrite> Remove(string accountId, string groupId, string userId) =>
        [new StoreWrite.Delete(MemberKey(accountId, groupId, userId)), new StoreWrite.Delete(UserGroupKey(accountId, userId, groupId))];

    public async ValueTask<bool> IsMemberAsync(string accountId, string groupId, string userId, CancellationToken cancellationToken) =>
        await store.GetAsync(MemberKey(accountId, groupId, userId), cancellationToken) is not null;

    /// <summary>Every group the user (by its ID) belongs to; at most <see cref="MaxGroupsPerUser"/>.</summary>
    public async ValueTask<IReadOnlyList<GroupRecord>> GroupsOfUserAsync(string accountId, string userId, CancellationToken cancellationToken)
    {
        var found = new List<GroupRecord>();
        await foreach (var item in IamPaging.AllAsync(store, IamCollections.UserGroup, accountId, userId + "/", cancellationToken))
        {
            if (await groups.FindByIdAsync(accountId, IamJson.Read<MembershipEntry>(item.Json).GroupId, cancellationToken) is { } group)
            {
                found.Add(group.Group);
            }
        }
        return found;
    }

    public async ValueTask<IamPage<GroupRecord>> GroupsOfUserPageAsync(string accountId, string userId, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, IamCollections.UserGroup, accountId, userId + "/", marker, maxItems, cancellationToken);
        var found = new List<GroupRecord>();
        foreach (var item in page.Items)
        {
            if (await groups.FindByIdAsync(accountId, IamJson.Read<MembershipEntry>(item.Json).GroupId, cancellationToken) is { } group)
            {
                found.Add(group.Group);
            }
        }
        return page.Map<StoredItem, GroupRecord>(found);
    }

    public async ValueTask<IamPage<UserRecord>> MembersPageAsync(string accountId, string groupId, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, IamCollections.GroupMember, accountId, groupId + "/", marker, maxItems, cancellationToken);
        var found = new List<UserRecord>();
        foreach (var item in page.Items)
        {
            if (await users.FindByIdAsync(accountId, IamJson.Read<MembershipEntry>(item.Json).UserId, cancellationToken) is { } user)
            {
                found.Add(user.User);
            }
        }
        return page.Map<StoredItem, UserRecord>(found);
    }

    public async ValueTask<bool> HasMembersAsync(string accountId, string groupId, CancellationToken cancellationToken) =>
        (await store.ListAsync(new ListQuery(IamCollections.GroupMember, accountId, groupId + "/", null, 1), cancellationToken)).Items.Count > 0;

    public async ValueTask<int> GroupCountOfUserAsync(string accountId, string userId, CancellationToken cancellationToken) =>
        (await store.ListAsync(new ListQuery(IamCollections.UserGroup, accountId, userId + "/", null, MaxGroupsPerUser), cancellationToken)).Items.Count;
}
