namespace Rampart.Organizations.Tree;

/// <summary>A record with the store version its next write must expect.</summary>
public sealed record Stored<T>(T Record, long Version);
