namespace Rampart.Iam.Groups;

/// <summary>The item that finds a group by its unique ID.</summary>
public sealed record GroupIdEntry(string GroupName);
