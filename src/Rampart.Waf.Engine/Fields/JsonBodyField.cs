using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Fields;

/// <summary>
/// The body parsed as JSON: keys, values or both of the elements the match pattern selects (all, or those at or under
/// the included JSON Pointers). A body that is not valid JSON is handled by InvalidFallbackBehavior: MATCH, NO_MATCH,
/// EVALUATE_AS_STRING (the whole body as one string), or, when unset, the part that parsed.
/// </summary>
internal sealed class JsonBodyField(
    IReadOnlyList<string>? includedPaths,
    MapMatchScope scope,
    JsonInvalidFallback invalidFallback,
    OversizeHandling oversize) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        if (context.BodyOversize && Oversize(oversize, out var verdict))
        {
            return verdict;
        }
        var view = context.JsonBody;
        if (!view.Valid && !context.BodyOversize)
        {
            switch (invalidFallback)
            {
                case JsonInvalidFallback.Match:
                    return true;
                case JsonInvalidFallback.NoMatch:
                    return false;
                case JsonInvalidFallback.EvaluateAsString:
                    return test.Test(context, view.Text);
            }
        }
        foreach (var item in view.Items)
        {
            if (item.IsKey ? scope == MapMatchScope.Value : scope == MapMatchScope.Key)
            {
                continue;
            }
            if (includedPaths is not null && !Selected(item.Pointer))
            {
                continue;
            }
            if (test.Test(context, item.Value))
            {
                return true;
            }
        }
        return false;
    }

    private bool Selected(string pointer)
    {
        foreach (var path in includedPaths!)
        {
            if (pointer == path || pointer.StartsWith(path, StringComparison.Ordinal) &&
                (path.EndsWith('/') || pointer.Length > path.Length && pointer[path.Length] == '/'))
            {
                return true;
            }
        }
        return false;
    }
}

internal enum JsonInvalidFallback
{
    InspectParsed,
    Match,
    NoMatch,
    EvaluateAsString,
}
