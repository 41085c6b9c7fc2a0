using Rampart.Authorization;
using Rampart.Identity;

namespace Rampart.Sts;

/// <summary>The caller's policies gathered from every policy source, as the pipeline's authorizer gathers them, for
/// the decisions STS makes against a role's trust policy.</summary>
public sealed class CallerPolicies(IEnumerable<IPrincipalPolicySource> sources)
{
    private readonly IPrincipalPolicySource[] sources = [.. sources];

    public async ValueTask<PrincipalPolicies> OfAsync(Principal caller, CancellationToken cancellationToken)
    {
        var policies = PrincipalPolicies.None;
        foreach (var source in sources)
        {
            policies = await source.AddPoliciesAsync(caller, policies, cancellationToken);
        }
        return policies;
    }
}
