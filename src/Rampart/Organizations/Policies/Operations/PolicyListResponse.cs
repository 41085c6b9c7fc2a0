namespace Rampart.Organizations.Policies.Operations;

/// <summary>The response of ListPolicies and ListPoliciesForTarget.</summary>
public sealed record PolicyListResponse(IReadOnlyList<PolicySummary> Policies, string? NextToken);
