namespace Rampart.Organizations.Tree;

/// <summary>An organizational unit (collection <see cref="Common.OrgCollections.Unit"/>). OUs never move, so the
/// chain of OUs above one is fixed when it is created and kept here.</summary>
/// <param name="AncestorIds">The OUs from the outermost (just under the root) to <paramref name="ParentId"/>, when that is an OU.</param>
public sealed record UnitRecord(
    string OrganizationId,
    string Id,
    string Name,
    string ParentId,
    IReadOnlyList<string> AncestorIds,
    DateTimeOffset CreateDate)
{
    /// <summary>How far below the root: 1 for an OU directly under it.</summary>
    public int Depth => AncestorIds.Count + 1;
}
