namespace Rampart.Organizations;

/// <summary>
/// An account's position in its organization: <paramref name="TargetPath"/> is the root's ID, the IDs of the
/// organizational units from the outermost to the account's parent, then the account's ID, which is the order
/// in which service control policies apply.
/// </summary>
public sealed record AccountPlacement(string OrganizationId, string ManagementAccountId, IReadOnlyList<string> TargetPath)
{
    public string AccountId => TargetPath[^1];

    public bool IsManagementAccount => AccountId == ManagementAccountId;

    /// <summary>The account was closed (CloseAccount): requests signed with its credentials are refused.</summary>
    public bool IsClosed { get; init; }

    /// <summary>The value of aws:PrincipalOrgPaths / aws:ResourceOrgPaths: "o-id/r-id/ou-id/.../", ending at the parent.</summary>
    public string OrganizationPath => OrganizationId + "/" + string.Concat(TargetPath.Take(TargetPath.Count - 1).Select(id => id + "/"));
}
