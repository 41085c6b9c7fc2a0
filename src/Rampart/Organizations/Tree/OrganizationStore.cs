using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tree;

/// <summary>Reads the organization tree from the store, and builds the writes that change it.</summary>
public sealed class OrganizationStore(IStore store)
{
    public IStore Store => store;

    public async ValueTask<Stored<OrganizationRecord>?> FindAsync(string organizationId, CancellationToken cancellationToken) =>
        await store.GetAsync(TreeKeys.Organization(organizationId), cancellationToken) is { } item
            ? new(OrgJson.Read<OrganizationRecord>(item.Json), item.Version)
            : null;

    /// <summary>The organization the account belongs to, if any.</summary>
    public async ValueTask<Stored<OrganizationRecord>?> OfAccountAsync(string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(TreeKeys.Membership(accountId), cancellationToken) is { } item
            ? await FindAsync(OrgJson.Read<MembershipEntry>(item.Json).OrganizationId, cancellationToken)
            : null;

    public async ValueTask<Stored<MemberAccountRecord>?> FindAccountAsync(string organizationId, string accountId, CancellationToken cancellationToken) =>
        OrgIds.IsAccountId(accountId) && await store.GetAsync(TreeKeys.Account(organizationId, accountId), cancellationToken) is { } item
            ? new(OrgJson.Read<MemberAccountRecord>(item.Json), item.Version)
            : null;

    public async ValueTask<Stored<MemberAccountRecord>> RequireAccountAsync(string organizationId, string accountId, CancellationToken cancellationToken) =>
        await FindAccountAsync(organizationId, accountId, cancellationToken) ?? throw OrgErrors.AccountNotFound();

    public async ValueTask<Stored<UnitRecord>?> FindUnitAsync(string organizationId, string unitId, CancellationToken cancellationToken) =>
        OrgIds.IsUnitId(unitId) && await store.GetAsync(TreeKeys.Unit(organizationId, unitId), cancellationToken) is { } item
            ? new(OrgJson.Read<UnitRecord>(item.Json), item.Version)
            : null;

    public async ValueTask<Stored<UnitRecord>> RequireUnitAsync(string organizationId, string unitId, CancellationToken cancellationToken) =>
        await FindUnitAsync(organizationId, unitId, cancellationToken) ?? throw OrgErrors.UnitNotFound();

    /// <summary>The root or OU of this organization with that ID, or null.</summary>
    public async ValueTask<ParentNode?> FindParentAsync(OrganizationRecord organization, string parentId, CancellationToken cancellationToken)
    {
        if (parentId == organization.RootId)
        {
            return new ParentNode(parentId, ParentNode.Root, [], 0);
        }
        return await FindUnitAsync(organization.Id, parentId, cancellationToken) is { } unit
            ? new ParentNode(unit.Record.Id, ParentNode.Unit, [.. unit.Record.AncestorIds, unit.Record.Id], unit.Version)
            : null;
    }

    public async ValueTask<ParentNode> RequireParentAsync(OrganizationRecord organization, string parentId, CancellationToken cancellationToken) =>
        await FindParentAsync(organization, parentId, cancellationToken) ?? throw OrgErrors.ParentNotFound();

    /// <summary>Whether a root or OU holds any child (of one type, or any).</summary>
    public async ValueTask<bool> HasChildrenAsync(string organizationId, string parentId, string? childType, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(
            new ListQuery(OrgCollections.Child, organizationId, TreeKeys.ChildPrefix(parentId, childType), null, 1), cancellationToken);
        return page.Items.Count > 0;
    }

    /// <summary>The writes that make an account a member under <paramref name="parent"/>; they fail if it belongs to an organization already.</summary>
    public static IEnumerable<StoreWrite> Join(MemberAccountRecord account, ParentNode parent)
    {
        var writes = new List<StoreWrite>
        {
            new StoreWrite.Put(TreeKeys.Membership(account.Id), OrgJson.Write(new MembershipEntry(account.OrganizationId)), StoreWrite.Absent),
            new StoreWrite.Put(TreeKeys.Account(account.OrganizationId, account.Id), OrgJson.Write(account), StoreWrite.Absent),
            new StoreWrite.Put(TreeKeys.Child(account.OrganizationId, account.ParentId, new ChildEntry(account.Id, ChildEntry.Account)), OrgJson.Write(new ChildEntry(account.Id, ChildEntry.Account))),
        };
        if (parent.Type == ParentNode.Unit)
        {
            writes.Add(new StoreWrite.Check(TreeKeys.Unit(account.OrganizationId, parent.Id), parent.Version));
        }
        return writes;
    }

    /// <summary>The writes that take an account read at <paramref name="current"/> out of its organization.</summary>
    public static IEnumerable<StoreWrite> Leave(Stored<MemberAccountRecord> current)
    {
        var account = current.Record;
        return
        [
            new StoreWrite.Delete(TreeKeys.Membership(account.Id)),
            new StoreWrite.Delete(TreeKeys.Account(account.OrganizationId, account.Id), current.Version),
            new StoreWrite.Delete(TreeKeys.Child(account.OrganizationId, account.ParentId, new ChildEntry(account.Id, ChildEntry.Account))),
            new StoreWrite.Delete(new ItemKey(OrgCollections.Tags, account.OrganizationId, account.Id)),
        ];
    }

    /// <summary>The writes that move an account read at <paramref name="current"/> under <paramref name="destination"/>.</summary>
    public static IEnumerable<StoreWrite> Move(Stored<MemberAccountRecord> current, ParentNode destination)
    {
        var account = current.Record;
        var moved = account with { ParentId = destination.Id };
        var entry = new ChildEntry(account.Id, ChildEntry.Account);
        var writes = new List<StoreWrite>
        {
            new StoreWrite.Put(TreeKeys.Account(account.OrganizationId, account.Id), OrgJson.Write(moved), current.Version),
            new StoreWrite.Delete(TreeKeys.Child(account.OrganizationId, account.ParentId, entry)),
            new StoreWrite.Put(TreeKeys.Child(account.OrganizationId, destination.Id, entry), OrgJson.Write(entry)),
        };
        if (destination.Type == ParentNode.Unit)
        {
            writes.Add(new StoreWrite.Check(TreeKeys.Unit(account.OrganizationId, destination.Id), destination.Version));
        }
        return writes;
    }
}
