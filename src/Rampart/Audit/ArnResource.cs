namespace Rampart.Audit;

/// <summary>A resource named by an ARN, as CloudTrail lists it: in a record's resources (account, type, ARN) and
/// in LookupEvents (ResourceType, ResourceName).</summary>
/// <param name="Type">The CloudFormation-style type, e.g. "AWS::IAM::User", "AWS::KMS::Key".</param>
/// <param name="Name">What event history shows as the resource name: the friendly name for IAM entities (whose
/// names are unique in an account), the ARN for everything else.</param>
public sealed record ArnResource(string Arn, string? AccountId, string Type, string Name)
{
    private static readonly Dictionary<string, string> ServiceTitles = new(StringComparer.Ordinal)
    {
        ["iam"] = "IAM",
        ["sts"] = "STS",
        ["kms"] = "KMS",
        ["organizations"] = "Organizations",
        ["wafv2"] = "WAFv2",
        ["shield"] = "Shield",
        ["cloudtrail"] = "CloudTrail",
        ["guardduty"] = "GuardDuty",
        ["securityhub"] = "SecurityHub",
        ["inspector2"] = "InspectorV2",
        ["access-analyzer"] = "AccessAnalyzer",
        ["acm"] = "CertificateManager",
        ["artifact"] = "Artifact",
        ["elasticloadbalancing"] = "ElasticLoadBalancingV2",
    };

    private static readonly Dictionary<string, string> TypeTitles = new(StringComparer.Ordinal)
    {
        ["iam:mfa"] = "MFADevice",
        ["iam:saml-provider"] = "SAMLProvider",
        ["iam:oidc-provider"] = "OIDCProvider",
        ["organizations:ou"] = "OrganizationalUnit",
        ["wafv2:webacl"] = "WebACL",
        ["wafv2:ipset"] = "IPSet",
        ["wafv2:regexpatternset"] = "RegexPatternSet",
        ["wafv2:rulegroup"] = "RuleGroup",
        ["wafv2:managedruleset"] = "ManagedRuleSet",
        ["elasticloadbalancing:loadbalancer"] = "LoadBalancer",
    };

    /// <summary>Null for "*" and for anything that is not an ARN.</summary>
    public static ArnResource? Parse(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length < 6 || parts[0] != "arn" || parts[2].Length == 0 || parts[5].Length == 0)
        {
            return null;
        }
        var service = parts[2];
        var account = parts[4].Length == 0 ? null : parts[4];
        var path = parts[5].Split('/', ':');
        // WAFv2 ARNs put the scope first: regional/webacl/NAME/ID, global/ipset/NAME/ID.
        var typeSegment = service == "wafv2" && path.Length > 1 ? path[1] : path[0];
        var serviceTitle = ServiceTitles.GetValueOrDefault(service) ?? Pascal(service);
        var typeTitle = TypeTitles.GetValueOrDefault($"{service}:{typeSegment}") ?? Pascal(typeSegment);
        var name = service == "iam" && path.Length > 1 ? path[^1] : arn;
        return new ArnResource(arn, account, $"AWS::{serviceTitle}::{typeTitle}", name);
    }

    /// <summary>"instance-profile" to "InstanceProfile".</summary>
    private static string Pascal(string words) => string.Concat(
        words.Split('-', '_').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
