namespace Rampart.Policy;

/// <summary>The full account of a decision, enough to fill IAM SimulatePrincipalPolicy's EvaluationResult.</summary>
/// <param name="MissingContextValues">Context keys that the applicable statements use but the request did not supply.</param>
/// <param name="AllowedByIdentityPolicies">An identity-based policy allows and none denies.</param>
/// <param name="AllowedByPermissionsBoundary">Null when the caller has no permissions boundary.</param>
/// <param name="AllowedBySessionPolicies">Null when the caller has no session policies.</param>
/// <param name="AllowedByResourcePolicy">Null when there is no resource-based policy; true when it allows the
/// principal (by any grant, including to its account) and does not deny.</param>
/// <param name="AllowedByOrganizations">Null when no SCPs apply; otherwise whether every level allows and none denies.</param>
/// <param name="AllowedByResourceControlPolicies">Null when no RCPs apply; otherwise whether every level allows and none denies.</param>
public sealed record Explanation(
    Decision Decision,
    PolicyType PolicyType,
    IReadOnlyList<MatchedStatement> MatchedStatements,
    IReadOnlyList<string> MissingContextValues,
    bool AllowedByIdentityPolicies,
    bool? AllowedByPermissionsBoundary,
    bool? AllowedBySessionPolicies,
    bool? AllowedByResourcePolicy,
    bool? AllowedByOrganizations,
    bool? AllowedByResourceControlPolicies)
{
    public AuthorizationDecision ToDecision() => new(Decision, PolicyType);
}
