using Rampart.Organizations.Common;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tree;

/// <summary>The store keys of the tree's items.</summary>
public static class TreeKeys
{
    public static ItemKey Organization(string organizationId) => new(OrgCollections.Organization, "", organizationId);

    public static ItemKey Membership(string accountId) => new(OrgCollections.Membership, "", accountId);

    public static ItemKey Account(string organizationId, string accountId) => new(OrgCollections.Account, organizationId, accountId);

    public static ItemKey Unit(string organizationId, string unitId) => new(OrgCollections.Unit, organizationId, unitId);

    public static ItemKey UnitName(string organizationId, string parentId, string name) =>
        new(OrgCollections.UnitName, organizationId, parentId + "/" + name);

    public static ItemKey Child(string organizationId, string parentId, ChildEntry child) =>
        new(OrgCollections.Child, organizationId, ChildPrefix(parentId, child.Type) + child.Id);

    /// <summary>The key prefix of a parent's children: all of them, or only those of one type.</summary>
    public static string ChildPrefix(string parentId, string? childType = null) => childType switch
    {
        null => parentId + "/",
        ChildEntry.Account => parentId + "/A/",
        _ => parentId + "/O/",
    };

    public static ItemKey Email(string email) => new(OrgCollections.Email, "", email.ToLowerInvariant());
}
