namespace Rampart.Iam.Roles;

/// <summary>A role with the store version its write must expect.</summary>
public sealed record StoredRole(RoleRecord Role, long Version);
