namespace Rampart.Organizations.Common;

/// <summary>A tag as Organizations names its members.</summary>
public sealed record OrgTag(string Key, string Value);
