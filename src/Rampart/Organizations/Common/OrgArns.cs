namespace Rampart.Organizations.Common;

/// <summary>ARNs of Organizations resources. Every one lives in the management account and names the organization.</summary>
public static class OrgArns
{
    public static string Organization(string managementAccountId, string organizationId) =>
        $"arn:aws:organizations::{managementAccountId}:organization/{organizationId}";

    public static string Root(string managementAccountId, string organizationId, string rootId) =>
        $"arn:aws:organizations::{managementAccountId}:root/{organizationId}/{rootId}";

    public static string Unit(string managementAccountId, string organizationId, string unitId) =>
        $"arn:aws:organizations::{managementAccountId}:ou/{organizationId}/{unitId}";

    public static string Account(string managementAccountId, string organizationId, string accountId) =>
        $"arn:aws:organizations::{managementAccountId}:account/{organizationId}/{accountId}";

    /// <summary>The action is part of the ARN in lower case: "invite", "enable_all_features", ...</summary>
    public static string Handshake(string managementAccountId, string organizationId, string action, string handshakeId) =>
        $"arn:aws:organizations::{managementAccountId}:handshake/{organizationId}/{action.ToLowerInvariant()}/{handshakeId}";

    public static string ResourcePolicy(string managementAccountId, string organizationId, string resourcePolicyId) =>
        $"arn:aws:organizations::{managementAccountId}:resourcepolicy/{organizationId}/{resourcePolicyId}";

    /// <summary>A policy of the organization; the policy type is part of the ARN in lower case.</summary>
    public static string Policy(string managementAccountId, string organizationId, string policyType, string policyId) =>
        $"arn:aws:organizations::{managementAccountId}:policy/{organizationId}/{policyType.ToLowerInvariant()}/{policyId}";

    /// <summary>The account's own IAM root ARN, as the management account is named in trust policies.</summary>
    public static string IamRoot(string accountId) => $"arn:aws:iam::{accountId}:root";
}
