using Rampart.Organizations.Common;

namespace Rampart.Organizations.Tree;

/// <summary>An organization as stored (collection <see cref="OrgCollections.Organization"/>): its management
/// account, feature set and its one root.</summary>
/// <param name="FeatureSet">"ALL" or "CONSOLIDATED_BILLING".</param>
public sealed record OrganizationRecord(
    string Id,
    string ManagementAccountId,
    string ManagementAccountEmail,
    string ManagementAccountName,
    string FeatureSet,
    string RootId,
    DateTimeOffset CreateDate)
{
    public const string AllFeatures = "ALL";
    public const string ConsolidatedBilling = "CONSOLIDATED_BILLING";
    public const string RootName = "Root";

    public string Arn => OrgArns.Organization(ManagementAccountId, Id);

    public string RootArn => OrgArns.Root(ManagementAccountId, Id, RootId);

    public string AccountArn(string accountId) => OrgArns.Account(ManagementAccountId, Id, accountId);

    public string UnitArn(string unitId) => OrgArns.Unit(ManagementAccountId, Id, unitId);

    public bool HasAllFeatures => FeatureSet == AllFeatures;
}
