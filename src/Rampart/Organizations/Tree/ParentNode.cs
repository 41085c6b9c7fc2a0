namespace Rampart.Organizations.Tree;

/// <summary>A root or OU that can hold accounts and OUs.</summary>
/// <param name="Type">"ROOT" or "ORGANIZATIONAL_UNIT".</param>
/// <param name="PathIds">The OUs from the outermost down to this one itself; empty for the root.</param>
/// <param name="Version">The OU's store version, which a write adding a child checks; 0 for the root.</param>
public sealed record ParentNode(string Id, string Type, IReadOnlyList<string> PathIds, long Version)
{
    public const string Root = "ROOT";
    public const string Unit = "ORGANIZATIONAL_UNIT";

    public int Depth => PathIds.Count;
}
