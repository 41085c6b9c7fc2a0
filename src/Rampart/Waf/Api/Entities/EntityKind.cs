namespace Rampart.Waf.Api.Entities;

/// <summary>One of the four kinds of WAFv2 entity that share Create/Get/Update/Delete/List semantics.</summary>
/// <param name="ArnSegment">The kind in ARNs ("webacl").</param>
/// <param name="Shape">The member and shape name of the entity in Get responses ("WebACL").</param>
/// <param name="ListMember">The member of List responses ("WebACLs").</param>
/// <param name="Field">The ParameterExceptionField of the kind ("WEB_ACL").</param>
/// <param name="Quota">AWS's default number of them per account, region and scope.</param>
public sealed record EntityKind(string ArnSegment, string Shape, string ListMember, string Field, int Quota)
{
    public static readonly EntityKind WebAcl = new("webacl", "WebACL", "WebACLs", "WEB_ACL", 100);
    public static readonly EntityKind IpSet = new("ipset", "IPSet", "IPSets", "IP_SET", 100);
    public static readonly EntityKind RegexPatternSet = new("regexpatternset", "RegexPatternSet", "RegexPatternSets", "REGEX_PATTERN_SET", 10);
    public static readonly EntityKind RuleGroup = new("rulegroup", "RuleGroup", "RuleGroups", "RULE_GROUP", 100);

    public static EntityKind? FromArnSegment(string segment) =>
        new[] { WebAcl, IpSet, RegexPatternSet, RuleGroup }.FirstOrDefault(kind => kind.ArnSegment == segment);
}
