namespace Rampart.Waf.Api.Common;

/// <summary>The ARN of a WAFv2 entity: arn:aws:wafv2:REGION:ACCOUNT:regional|global/KIND/NAME/ID.</summary>
public sealed record WafArn(string Region, string AccountId, WafScope Scope, string Kind, string Name, string Id)
{
    public override string ToString() => $"arn:aws:wafv2:{Region}:{AccountId}:{Scope.ArnSegment}/{Kind}/{Name}/{Id}";

    /// <summary>The ARN of an entity not created yet, for authorizing its creation.</summary>
    public static string ForCreation(string region, string accountId, WafScope scope, string kind, string name) =>
        $"arn:aws:wafv2:{region}:{accountId}:{scope.ArnSegment}/{kind}/{name}/*";

    /// <summary>The ARN's parts, or null when it is not a WAFv2 entity ARN.</summary>
    public static WafArn? TryParse(string? arn)
    {
        var fields = arn?.Split(':', 6);
        if (fields is not { Length: 6 } || fields[0] != "arn" || fields[2] != "wafv2" || fields[4].Length != 12)
        {
            return null;
        }
        var path = fields[5].Split('/');
        if (path.Length != 4 || WafScope.FromArnSegment(path[0]) is not { } scope || path[2].Length == 0 || path[3].Length == 0)
        {
            return null;
        }
        return new WafArn(fields[3], fields[4], scope, path[1], path[2], path[3]);
    }

    /// <summary>The ARN's parts; a malformed ARN is AWS's WAFInvalidParameterException on RESOURCE_ARN.</summary>
    public static WafArn Parse(string arn) =>
        TryParse(arn) ?? throw WafErrors.InvalidParameter("RESOURCE_ARN", arn, WafErrors.Reasons.InvalidFormat);
}
