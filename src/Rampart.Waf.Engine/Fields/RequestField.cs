using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Fields;

/// <summary>A compiled FieldToMatch: the request component a statement inspects. A statement matches when any value
/// the component yields passes the test; oversize and missing components resolve as the FieldToMatch says.</summary>
internal abstract class RequestField
{
    public abstract bool Inspect(EvaluationContext context, IValueTest test);

    protected static bool Oversize(OversizeHandling handling, out bool verdict)
    {
        verdict = handling == OversizeHandling.Match;
        return handling != OversizeHandling.Continue;
    }
}
