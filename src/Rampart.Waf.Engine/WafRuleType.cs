namespace Rampart.Waf.Engine;

/// <summary>The kinds of rule AWS WAF's logs name in terminatingRuleType.</summary>
public enum WafRuleType
{
    Regular,
    RateBased,
    Group,
    ManagedRuleGroup,
}
