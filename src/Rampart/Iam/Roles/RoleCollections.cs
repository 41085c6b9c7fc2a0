namespace Rampart.Iam.Roles;

/// <summary>The store collections of IAM roles; partition = account ID, names keyed upper-invariant.</summary>
public static class RoleCollections
{
    /// <summary>Roles by name key.</summary>
    public const string Role = "iam.role";

    /// <summary>Copies of the roles keyed by <see cref="Common.IamPath.ListingKey"/>, so ListRoles with a PathPrefix is a range scan.</summary>
    public const string RoleByPath = "iam.role-path";

    /// <summary>Role ID (AROA...) to name.</summary>
    public const string RoleId = "iam.role-id";

    /// <summary>When and where each role was last assumed: key = role ID. Kept apart from the role so that using a
    /// role does not change its record (and drop the caches built from it).</summary>
    public const string RoleLastUsed = "iam.role-last-used";
}
