namespace Rampart.Policy;

/// <summary>ArnEquals/ArnLike and their negations: the six colon-separated parts are matched separately, each with
/// wildcards, case-sensitively (so a '*' in one part never spans into the next).</summary>
internal sealed class ArnCondition(ConditionEntry entry, ConditionOperator op, bool variablesEnabled) : CompiledCondition(entry, op)
{
    private readonly PolicyValue[] values = PolicyValue.CompileAll(entry.Values, variablesEnabled, asPattern: false);

    public override IEnumerable<ContextKey> VariableKeys => PolicyValue.VariablesOf(values);

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request)
    {
        Span<char> chars = stackalloc char[RenderedTemplate.StackSize];
        Span<byte> literal = stackalloc byte[RenderedTemplate.StackSize];
        foreach (var value in values)
        {
            if (value.Template is null)
            {
                if (ArnParts.IsMatch(value.Text, default, requestValue))
                {
                    return true;
                }
                continue;
            }
            if (!RenderedTemplate.TryRender(value.Template, request, chars, literal, out var rendered))
            {
                continue;
            }
            using (rendered)
            {
                if (ArnParts.IsMatch(rendered.Chars, rendered.Literal, requestValue))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
