using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies;

/// <summary>The store keys of policy items.</summary>
public static class PolicyKeys
{
    public static ItemKey Policy(string organizationId, string policyId) => new(PolicyCollections.Policy, organizationId, policyId);

    public static ItemKey Name(string organizationId, OrganizationPolicyType type, string name) =>
        new(PolicyCollections.PolicyName, PolicyCollections.NamePartition(organizationId, type), name);

    public static ItemKey ByPolicy(string organizationId, string policyId, string targetId) =>
        new(PolicyCollections.PolicyTarget, organizationId, policyId + "/" + targetId);

    public static ItemKey ByTarget(string organizationId, string targetId, string policyId) =>
        new(PolicyCollections.TargetPolicy, organizationId, targetId + "/" + policyId);

    public static ItemKey DefaultDetached(string organizationId, string targetId, string policyId) =>
        new(PolicyCollections.DefaultDetached, organizationId, targetId + "/" + policyId);

    public static ItemKey TargetTypeGuard(string organizationId, string targetId, OrganizationPolicyType type) =>
        new(PolicyCollections.TargetTypeGuard, organizationId, targetId + "/" + type.Name);

    public static ItemKey EnabledType(string organizationId, string rootId, OrganizationPolicyType type) =>
        new(PolicyCollections.EnabledType, organizationId, rootId + "/" + type.Name);
}
