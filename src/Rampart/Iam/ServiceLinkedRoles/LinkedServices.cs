using Rampart.Iam.Common;

namespace Rampart.Iam.ServiceLinkedRoles;

/// <summary>The AWS services Rampart creates service-linked roles for, with the role name each one uses
/// ("AWSServiceRoleFor" + suffix) and whether it takes a custom suffix, as AWS documents them. Other service
/// principals are refused rather than given a guessed name.</summary>
public static class LinkedServices
{
    public const string RoleNamePrefix = "AWSServiceRoleFor";

    private static readonly Dictionary<string, (string Suffix, bool CustomSuffix)> Known = new(StringComparer.Ordinal)
    {
        ["access-analyzer.amazonaws.com"] = ("AccessAnalyzer", false),
        ["autoscaling.amazonaws.com"] = ("AutoScaling", true),
        ["cloudtrail.amazonaws.com"] = ("CloudTrail", false),
        ["config.amazonaws.com"] = ("Config", false),
        ["ecs.amazonaws.com"] = ("ECS", false),
        ["eks.amazonaws.com"] = ("AmazonEKS", false),
        ["elasticbeanstalk.amazonaws.com"] = ("ElasticBeanstalk", true),
        ["elasticloadbalancing.amazonaws.com"] = ("ElasticLoadBalancing", false),
        ["guardduty.amazonaws.com"] = ("AmazonGuardDuty", false),
        ["inspector2.amazonaws.com"] = ("AmazonInspector2", false),
        ["organizations.amazonaws.com"] = ("Organizations", false),
        ["rds.amazonaws.com"] = ("RDS", false),
        ["securityhub.amazonaws.com"] = ("SecurityHub", false),
        ["spot.amazonaws.com"] = ("EC2Spot", false),
        ["sso.amazonaws.com"] = ("SSO", false),
        ["support.amazonaws.com"] = ("Support", false),
        ["trustedadvisor.amazonaws.com"] = ("TrustedAdvisor", false),
        ["wafv2.amazonaws.com"] = ("WAFV2Logging", false),
    };

    /// <summary>The role name for <paramref name="serviceName"/>, with "_" + the custom suffix where the service allows one.</summary>
    public static string RoleName(string serviceName, string? customSuffix)
    {
        if (!Known.TryGetValue(serviceName, out var service))
        {
            throw IamErrors.InvalidInput($"Invalid ServiceName: {serviceName} does not support service-linked roles.");
        }
        if (customSuffix is null)
        {
            return RoleNamePrefix + service.Suffix;
        }
        return service.CustomSuffix
            ? RoleNamePrefix + service.Suffix + "_" + customSuffix
            : throw IamErrors.InvalidInput($"Custom suffix is not allowed for {serviceName}");
    }

    /// <summary>The path of a service's linked roles.</summary>
    public static string PathOf(string serviceName) => ServiceLinkedRolePath.Prefix + serviceName + "/";

    public static string TrustPolicy(string serviceName) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{serviceName}}"},"Action":"sts:AssumeRole"}]}""";
}
