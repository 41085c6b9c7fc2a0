using Rampart.Organizations.Common;
using Rampart.Storage;

namespace Rampart.Organizations.Tree;

/// <summary>One page of the children of one type directly under a root or OU, each described by the listing that
/// asks (ListAccountsForParent, ListOrganizationalUnitsForParent). A child that went away between the index and its
/// record is left out.</summary>
public sealed class ChildPages(IStore store)
{
    public async ValueTask<(IReadOnlyList<T> Items, string? NextToken)> ListAsync<T>(
        OrganizationRecord organization, string parentId, string childType, string? nextToken, int? maxResults,
        Func<OrganizationStore, string, CancellationToken, ValueTask<T?>> describe, CancellationToken cancellationToken)
        where T : class
    {
        var tree = new OrganizationStore(store);
        var parent = await tree.RequireParentAsync(organization, parentId, cancellationToken);
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.Child, organization.Id, TreeKeys.ChildPrefix(parent.Id, childType), nextToken, maxResults, cancellationToken);
        var items = new List<T>(page.Items.Count);
        foreach (var item in page.Items)
        {
            if (await describe(tree, OrgJson.Read<ChildEntry>(item.Json).Id, cancellationToken) is { } described)
            {
                items.Add(described);
            }
        }
        return (items, OrgPaging.Token(page.NextStartAfter));
    }
}
