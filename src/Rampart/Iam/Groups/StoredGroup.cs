namespace Rampart.Iam.Groups;

/// <summary>A group with the store version its write must expect.</summary>
public sealed record StoredGroup(GroupRecord Group, long Version);
