using System.Text.RegularExpressions;

namespace Rampart.Waf.Api.Associations;

/// <summary>The ARN of a resource a web ACL can protect here: a gateway, which has the ARN of an Application Load
/// Balancer (arn:aws:elasticloadbalancing:REGION:ACCOUNT:loadbalancer/app/NAME/ID).</summary>
public sealed partial record GatewayArn(string Region, string AccountId, string Value)
{
    public static GatewayArn? TryParse(string? arn)
    {
        var match = arn is null ? null : Pattern().Match(arn);
        return match is { Success: true } ? new GatewayArn(match.Groups["region"].Value, match.Groups["account"].Value, arn!) : null;
    }

    [GeneratedRegex("^arn:aws:elasticloadbalancing:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):loadbalancer/app/[A-Za-z0-9-]{1,32}/[0-9a-f]{1,32}$")]
    private static partial Regex Pattern();
}
