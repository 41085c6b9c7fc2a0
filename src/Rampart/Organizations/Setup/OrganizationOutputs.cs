using Rampart.Organizations.Tree;

namespace Rampart.Organizations.Setup;

/// <summary>The Organization structure of the API.</summary>
public static class OrganizationOutputs
{
    /// <summary>AvailablePolicyTypes is deprecated; AWS still lists service control policies as enabled for every
    /// organization with all features, whatever the root's policy types are.</summary>
    public static OrganizationOutput Of(OrganizationRecord organization) => new(
        organization.Id,
        organization.Arn,
        organization.FeatureSet,
        Common.OrgArns.Account(organization.ManagementAccountId, organization.Id, organization.ManagementAccountId),
        organization.ManagementAccountId,
        organization.ManagementAccountEmail,
        organization.HasAllFeatures ? [new PolicyTypeSummary("SERVICE_CONTROL_POLICY", "ENABLED")] : []);
}
