namespace Rampart.Organizations.Policies.Effective;

/// <summary>The policy types that have effective policies: the management policies, never SCPs or RCPs.</summary>
public static class EffectivePolicyTypes
{
    /// <summary>The management policy type named in a request; InvalidInputException for any other name.</summary>
    public static OrganizationPolicyType Require(string? name) =>
        OrganizationPolicyType.Require(name) is { IsAuthorizationPolicy: false } type ? type : throw PolicyErrors.InvalidPolicyType();
}
