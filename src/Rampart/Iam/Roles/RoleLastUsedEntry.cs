namespace Rampart.Iam.Roles;

/// <summary>The model's RoleLastUsed shape, also what <see cref="RoleCollections.RoleLastUsed"/> stores.</summary>
public sealed record RoleLastUsedEntry(DateTimeOffset? LastUsedDate, string? Region);
