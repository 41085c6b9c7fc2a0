namespace Rampart.Organizations.Policies;

/// <summary>A customer managed policy as stored (collection <see cref="PolicyCollections.Policy"/>).</summary>
public sealed record PolicyRecord(string Id, string Name, string Description, string Type, string Content, DateTimeOffset LastUpdated);
