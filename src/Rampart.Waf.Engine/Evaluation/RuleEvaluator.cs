namespace Rampart.Waf.Engine.Evaluation;

/// <summary>Runs one statement rule against a request and records what it did.</summary>
internal static class RuleEvaluator
{
    /// <summary>Returns the action that ends evaluation, or null when evaluation goes on (no match, Count, or a CAPTCHA
    /// or Challenge whose token is still valid).</summary>
    public static RuleActionSpec? Run(
        EvaluationContext context,
        StatementRule rule,
        RuleActionSpec action,
        string? groupId,
        string? webAclRuleName,
        List<WafRuleMatch> matches,
        List<WafHeader> insertHeaders)
    {
        var matched = rule.Statement.Matches(context);
        if (!matched)
        {
            context.CommitPendingLabels();
            return null;
        }
        foreach (var label in rule.Labels)
        {
            context.AddPendingLabel(label);
        }
        context.CommitPendingLabels();
        var terminates = action.Action switch
        {
            WafAction.Count => false,
            WafAction.Captcha => !TokenValid(context.Request.Token.CaptchaSolvedAt, action, context),
            WafAction.Challenge => !TokenValid(Latest(context.Request.Token.ChallengeSolvedAt, context.Request.Token.CaptchaSolvedAt), action, context),
            _ => true,
        };
        matches.Add(new WafRuleMatch(rule.Name, rule.MetricName, action.Action, terminates, groupId, webAclRuleName, rule.Type));
        if (action.Action != WafAction.Block)
        {
            insertHeaders.AddRange(action.InsertHeaders);
        }
        return terminates ? action : null;
    }

    private static bool TokenValid(DateTimeOffset? solvedAt, RuleActionSpec action, EvaluationContext context) =>
        solvedAt is { } at && at <= context.Now.AddSeconds(1) && (context.Now - at).TotalSeconds <= action.ImmunitySeconds;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
