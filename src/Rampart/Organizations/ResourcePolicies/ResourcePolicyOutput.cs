using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;

namespace Rampart.Organizations.ResourcePolicies;

public sealed record ResourcePolicySummary(string Id, string Arn);

public sealed record ResourcePolicyOutput(ResourcePolicySummary ResourcePolicySummary, string Content)
{
    public static ResourcePolicyOutput Of(OrganizationRecord organization, ResourcePolicyRecord policy) => new(
        new ResourcePolicySummary(policy.Id, OrgArns.ResourcePolicy(organization.ManagementAccountId, organization.Id, policy.Id)),
        policy.Content);
}

public sealed record ResourcePolicyResponse(ResourcePolicyOutput ResourcePolicy);
