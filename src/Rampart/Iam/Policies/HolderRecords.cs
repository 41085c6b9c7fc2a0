using Rampart.Iam.Common;
using Rampart.Iam.Groups;
using Rampart.Iam.Users;
using Rampart.Storage;

namespace Rampart.Iam.Policies;

/// <summary>Finds the users and groups that policies attach to, through the identities' own directories.</summary>
public sealed class HolderRecords(IStore store)
{
    public async ValueTask<PolicyHolder> RequireAsync(string accountId, HolderKind kind, string name, CancellationToken cancellationToken) =>
        await FindAsync(accountId, kind, name, cancellationToken)
        ?? throw IamErrors.NoSuchEntity($"The {PolicyHolder.Noun(kind)} with name {name} cannot be found.");

    public async ValueTask<PolicyHolder?> FindAsync(string accountId, HolderKind kind, string name, CancellationToken cancellationToken) => kind switch
    {
        HolderKind.User => Of(await new UserDirectory(store).FindAsync(accountId, name, cancellationToken)),
        HolderKind.Group => Of(await new GroupDirectory(store).FindAsync(accountId, name, cancellationToken)),
        _ => await new Roles.RoleDirectory(store).FindHolderAsync(accountId, name, cancellationToken),
    };

    /// <summary>The holder with a given unique ID, for listings that name the entities using a policy.</summary>
    public async ValueTask<PolicyHolder?> FindByIdAsync(string accountId, HolderKind kind, string id, CancellationToken cancellationToken) => kind switch
    {
        HolderKind.User => Of(await new UserDirectory(store).FindByIdAsync(accountId, id, cancellationToken)),
        HolderKind.Group => Of(await new GroupDirectory(store).FindByIdAsync(accountId, id, cancellationToken)),
        _ => await new Roles.RoleDirectory(store).FindHolderByIdAsync(accountId, id, cancellationToken),
    };

    private static PolicyHolder? Of(StoredUser? stored) => stored?.User is not { } user ? null : new(
        HolderKind.User, user.AccountId, user.UserName, user.UserId, user.Path, user.Arn,
        UserDirectory.NameKey(user.AccountId, user.UserName), stored.Version);

    private static PolicyHolder? Of(StoredGroup? stored) => stored?.Group is not { } group ? null : new(
        HolderKind.Group, group.AccountId, group.GroupName, group.GroupId, group.Path, group.Arn,
        GroupDirectory.NameKey(group.AccountId, group.GroupName), stored.Version);
}
