using Rampart.Waf.Engine.Statements;

namespace Rampart.Waf.Engine.Evaluation;

/// <summary>A rule of a web ACL or rule group, in priority order.</summary>
internal abstract record CompiledRule(string Name, long Priority, string MetricName);

/// <summary>A rule with a match statement and an action; <see cref="Labels"/> are fully qualified.</summary>
internal sealed record StatementRule(
    string Name,
    long Priority,
    string MetricName,
    Statement Statement,
    RuleActionSpec Action,
    IReadOnlyList<string> Labels,
    WafRuleType Type) : CompiledRule(Name, Priority, MetricName);

/// <summary>A web ACL rule that runs a rule group (RuleGroupReference or ManagedRuleGroup): its rules with the
/// overrides applied at compile time, the optional scope-down statement, and OverrideAction Count.</summary>
internal sealed record GroupRule(
    string Name,
    long Priority,
    string MetricName,
    string GroupId,
    IReadOnlyList<StatementRule> Rules,
    Statement? ScopeDown,
    bool CountAll,
    WafRuleType Type) : CompiledRule(Name, Priority, MetricName);
