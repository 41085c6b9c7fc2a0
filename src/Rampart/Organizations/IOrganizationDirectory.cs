namespace Rampart.Organizations;

/// <summary>
/// Answers where an account sits in its organization. Enforcement asks it on every request of a member account,
/// so implementations answer from memory and must reflect a committed change to the tree by the very next request.
/// </summary>
public interface IOrganizationDirectory
{
    /// <summary>The account's place, or null when the account belongs to no organization.</summary>
    ValueTask<AccountPlacement?> FindAsync(string accountId, CancellationToken cancellationToken);
}
