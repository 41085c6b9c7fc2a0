using Rampart.Identity;

namespace Rampart.Authorization;

/// <summary>Supplies the policies of callers (IAM adds users and roles; Organizations adds SCPs). Implementations
/// are discovered at start-up and asked in turn; each fills in what it knows. They should cache compiled policies
/// and drop them on store changes (see <see cref="Caching.InvalidatingCache{TKey, TValue}"/>).</summary>
public interface IPrincipalPolicySource
{
    ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken);
}
