namespace Rampart.Waf.Engine;

/// <summary>
/// One rule that matched the request, in evaluation order, for metrics, logs and sampled requests.
/// <see cref="RuleGroup"/> names the rule group (its ARN, or "VENDOR#NAME" for a managed one) when the rule is
/// inside one, and <see cref="WebAclRuleName"/> is then the web ACL rule that references the group.
/// <see cref="Action"/> is the action that applied after overrides; <see cref="Terminating"/> says whether it ended
/// evaluation.
/// </summary>
public sealed record WafRuleMatch(
    string RuleName,
    string MetricName,
    WafAction Action,
    bool Terminating,
    string? RuleGroup,
    string? WebAclRuleName,
    WafRuleType RuleType);
