using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine;

/// <summary>
/// A web ACL ready to evaluate requests: immutable and thread-safe, so one instance serves every request until the
/// definition changes. Rules run in priority order; Allow and Block end evaluation, Count labels and continues, and
/// labels are visible to later rules only. When no rule ends evaluation the default action applies.
/// </summary>
public sealed class CompiledWebAcl
{
    private readonly CompiledRule[] rules;
    private readonly RuleActionSpec defaultAction;

    internal CompiledWebAcl(string name, string arn, string metricName, long capacity, CompiledRule[] rules, RuleActionSpec defaultAction)
    {
        Name = name;
        Arn = arn;
        MetricName = metricName;
        Capacity = capacity;
        this.rules = rules;
        this.defaultAction = defaultAction;
        RuleNames = Array.ConvertAll(rules, rule => rule.Name);
    }

    public string Name { get; }

    public string Arn { get; }

    /// <summary>The web ACL's VisibilityConfig metric name.</summary>
    public string MetricName { get; }

    /// <summary>The WCUs the web ACL's rules consume.</summary>
    public long Capacity { get; }

    /// <summary>The web ACL's rule names in evaluation order.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    public WafVerdict Evaluate(WafRequest request, WafRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(runtime);
        var context = new EvaluationContext(request, runtime);
        var matches = new List<WafRuleMatch>();
        var insertHeaders = new List<WafHeader>();
        foreach (var rule in rules)
        {
            RuleActionSpec? outcome;
            WafRuleType type;
            if (rule is StatementRule statementRule)
            {
                outcome = RuleEvaluator.Run(context, statementRule, statementRule.Action, null, null, matches, insertHeaders);
                type = statementRule.Type;
            }
            else
            {
                var group = (GroupRule)rule;
                outcome = RunGroup(context, group, matches, insertHeaders);
                type = group.Type;
            }
            if (outcome is not null)
            {
                return Verdict(outcome, rule.Name, type, context, insertHeaders, matches);
            }
        }
        insertHeaders.AddRange(defaultAction.InsertHeaders);
        return Verdict(defaultAction, WafVerdict.DefaultActionRuleName, null, context, insertHeaders, matches);
    }

    private static RuleActionSpec? RunGroup(EvaluationContext context, GroupRule group, List<WafRuleMatch> matches, List<WafHeader> insertHeaders)
    {
        if (group.ScopeDown is not null && !group.ScopeDown.Matches(context))
        {
            context.CommitPendingLabels();
            return null;
        }
        context.CommitPendingLabels();
        foreach (var inner in group.Rules)
        {
            var action = group.CountAll ? RuleActionSpec.Count : inner.Action;
            var outcome = RuleEvaluator.Run(context, inner, action, group.GroupId, group.Name, matches, insertHeaders);
            if (outcome is not null)
            {
                return outcome;
            }
        }
        return null;
    }

    private static WafVerdict Verdict(
        RuleActionSpec action,
        string ruleName,
        WafRuleType? type,
        EvaluationContext context,
        List<WafHeader> insertHeaders,
        List<WafRuleMatch> matches)
    {
        return new WafVerdict(
            action.Action,
            ruleName,
            type,
            context.Labels,
            action.Action == WafAction.Block ? [] : insertHeaders,
            action.Action == WafAction.Block ? action.CustomResponse : null,
            matches);
    }
}
