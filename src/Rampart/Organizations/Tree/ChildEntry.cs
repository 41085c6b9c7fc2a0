namespace Rampart.Organizations.Tree;

/// <summary>One child of a root or OU (collection <see cref="Common.OrgCollections.Child"/>).</summary>
/// <param name="Type">"ACCOUNT" or "ORGANIZATIONAL_UNIT".</param>
public sealed record ChildEntry(string Id, string Type)
{
    public const string Account = "ACCOUNT";
    public const string Unit = "ORGANIZATIONAL_UNIT";
}
