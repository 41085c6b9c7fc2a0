namespace Rampart.Authorization;

/// <summary>Supplies what applies to every resource of an account, whatever its service: Organizations' resource
/// control policies and the aws:ResourceOrgID / aws:ResourceOrgPaths keys. Discovered at start-up.</summary>
public interface IResourceAccountPolicySource
{
    /// <summary>What the account's organization imposes on its resources; null when the account is in no organization.</summary>
    ValueTask<ResourceAccountPolicies?> FindAsync(string accountId, CancellationToken cancellationToken);
}
