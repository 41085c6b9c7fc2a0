namespace Rampart.Iam.Roles;

/// <summary>What the role ID lookup stores: the role's current name.</summary>
public sealed record RoleIdEntry(string RoleName);
