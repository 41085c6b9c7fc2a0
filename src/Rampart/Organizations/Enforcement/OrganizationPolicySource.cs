using Rampart.Authorization;
using Rampart.Identity;
using Rampart.Organizations.Policies;
using Rampart.Policy;

namespace Rampart.Organizations.Enforcement;

/// <summary>What an account's organization imposes on every request: the SCPs of each level from the root down to
/// the caller's account, the RCPs of each level down to the resource's account, and the aws:PrincipalOrgID,
/// aws:PrincipalOrgPaths, aws:ResourceOrgID and aws:ResourceOrgPaths keys. The management account is limited by
/// neither SCPs nor RCPs. The directory and the cache both answer from memory, so this costs a few dictionary
/// lookups per level.</summary>
public sealed class OrganizationPolicySource(IOrganizationDirectory directory, OrganizationPolicyCache cache)
    : IPrincipalPolicySource, IResourceAccountPolicySource
{
    public async ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(caller.AccountId, cancellationToken) is not { } placement)
        {
            return found;
        }
        var keys = new Dictionary<string, ContextValue>(found.CallerKeys, StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalOrgID"] = ContextValue.Single(placement.OrganizationId),
            ["aws:PrincipalOrgPaths"] = ContextValue.Multiple([placement.OrganizationPath]),
        };
        return found with
        {
            CallerKeys = keys,
            ServiceControlPolicies = placement.IsManagementAccount
                ? found.ServiceControlPolicies
                : await cache.LevelsAsync(placement, OrganizationPolicyType.ServiceControl, cancellationToken),
        };
    }

    public async ValueTask<ResourceAccountPolicies?> FindAsync(string accountId, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(accountId, cancellationToken) is not { } placement)
        {
            return null;
        }
        var keys = new Dictionary<string, ContextValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:ResourceOrgID"] = ContextValue.Single(placement.OrganizationId),
            ["aws:ResourceOrgPaths"] = ContextValue.Multiple([placement.OrganizationPath]),
        };
        var rcps = placement.IsManagementAccount
            ? null
            : await cache.LevelsAsync(placement, OrganizationPolicyType.ResourceControl, cancellationToken);
        return new ResourceAccountPolicies(rcps, keys);
    }
}
