using System.Collections.Frozen;
using Rampart.Organizations.Common;

namespace Rampart.Organizations.ServiceAccess;

/// <summary>The service principals of the AWS services that integrate with Organizations (User Guide, "AWS services
/// that you can use with AWS Organizations"); any other principal is refused as AWS refuses it.</summary>
public static class TrustedServices
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "access-analyzer.amazonaws.com", "account.amazonaws.com", "aws-artifact-account-sync.amazonaws.com",
        "auditmanager.amazonaws.com", "backup.amazonaws.com", "member.org.stacksets.cloudformation.amazonaws.com",
        "cloudtrail.amazonaws.com", "compute-optimizer.amazonaws.com", "config.amazonaws.com",
        "config-multiaccountsetup.amazonaws.com", "controltower.amazonaws.com", "cost-optimization-hub.bcm.amazonaws.com",
        "detective.amazonaws.com", "devops-guru.amazonaws.com", "ds.amazonaws.com", "fms.amazonaws.com",
        "guardduty.amazonaws.com", "malware-protection.guardduty.amazonaws.com", "health.amazonaws.com",
        "iam.amazonaws.com", "sso.amazonaws.com", "inspector2.amazonaws.com", "ipam.amazonaws.com",
        "license-manager.amazonaws.com", "license-manager.member-account.amazonaws.com", "license-management.marketplace.amazonaws.com",
        "macie.amazonaws.com", "mgn.amazonaws.com", "ram.amazonaws.com", "reachabilityanalyzer.networkinsights.amazonaws.com",
        "reporting.trustedadvisor.amazonaws.com", "securityhub.amazonaws.com", "securitylake.amazonaws.com",
        "servicecatalog.amazonaws.com", "servicequotas.amazonaws.com", "ssm.amazonaws.com", "ssm-quicksetup.amazonaws.com",
        "storage-lens.s3.amazonaws.com", "tagpolicies.tag.amazonaws.com", "wellarchitected.amazonaws.com",
        "resource-explorer-2.amazonaws.com", "networkmanager.amazonaws.com", "user-subscriptions.amazonaws.com",
        "observabilityadmin.amazonaws.com", "notifications.amazonaws.com", "securityincidentresponse.amazonaws.com",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Require(string servicePrincipal) =>
        Known.Contains(servicePrincipal)
            ? servicePrincipal
            : throw OrgErrors.InvalidInput("UNRECOGNIZED_SERVICE_PRINCIPAL", "You specified an unrecognized service principal.");

    /// <summary>The condition key organizations:ServicePrincipal for actions that name a service.</summary>
    public static IReadOnlyDictionary<string, Policy.ContextValue> ConditionKeys(string? servicePrincipal) =>
        servicePrincipal is null
            ? new Dictionary<string, Policy.ContextValue>()
            : new Dictionary<string, Policy.ContextValue> { ["organizations:ServicePrincipal"] = Policy.ContextValue.Single(servicePrincipal) };
}
