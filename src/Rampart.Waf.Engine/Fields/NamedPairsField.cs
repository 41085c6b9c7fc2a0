using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Fields;

/// <summary>Headers or Cookies: the pairs chosen by the match pattern (all, included names, or all but excluded
/// names), inspected by key, value or both; with scope ALL a pair matches when its key or its value does.</summary>
internal sealed class NamedPairsField(
    bool cookies,
    IReadOnlySet<string>? included,
    IReadOnlySet<string>? excluded,
    MapMatchScope scope,
    OversizeHandling oversize) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        var oversized = cookies ? context.CookiesOversize : context.HeadersOversize;
        if (oversized && Oversize(oversize, out var verdict))
        {
            return verdict;
        }
        var pairs = cookies ? context.Cookies : context.Headers;
        var limit = Math.Min(pairs.Count, WafInspectionLimits.HeadersOrCookiesCount);
        for (var i = 0; i < limit; i++)
        {
            var pair = pairs[i];
            if (included is not null && !included.Contains(pair.Name) || excluded is not null && excluded.Contains(pair.Name))
            {
                continue;
            }
            if (scope != MapMatchScope.Value && test.Test(context, pair.Name) ||
                scope != MapMatchScope.Key && test.Test(context, pair.Value))
            {
                return true;
            }
        }
        return false;
    }
}
