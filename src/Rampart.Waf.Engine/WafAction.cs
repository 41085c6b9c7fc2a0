namespace Rampart.Waf.Engine;

/// <summary>A rule action as the WAFv2 `RuleAction` names it. A verdict's action is never <see cref="Count"/>:
/// Count labels the request and lets evaluation continue.</summary>
public enum WafAction
{
    Allow,
    Block,
    Count,
    Captcha,
    Challenge,
}
