namespace Rampart.Policy;

/// <summary>StringEquals, StringNotEquals (case-sensitive), the IgnoreCase pair, and StringLike/StringNotLike
/// (case-sensitive, with * and ? over the whole value, ':' and '/' included).</summary>
internal sealed class StringCondition(ConditionEntry entry, ConditionOperator op, bool variablesEnabled) : CompiledCondition(entry, op)
{
    private readonly PolicyValue[] values = PolicyValue.CompileAll(entry.Values, variablesEnabled, op.Family == OperatorFamily.StringLike);

    public override IEnumerable<ContextKey> VariableKeys => PolicyValue.VariablesOf(values);

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request)
    {
        Span<char> chars = stackalloc char[RenderedTemplate.StackSize];
        Span<byte> literal = stackalloc byte[RenderedTemplate.StackSize];
        foreach (var value in values)
        {
            if (value.Template is null)
            {
                if (Matches(value.Text, default, value.Pattern, requestValue))
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
                if (Matches(rendered.Chars, rendered.Literal, null, requestValue))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool Matches(ReadOnlySpan<char> policyValue, ReadOnlySpan<byte> literal, WildcardPattern? pattern, ReadOnlySpan<char> requestValue) => Operator.Family switch
    {
        OperatorFamily.String => requestValue.SequenceEqual(policyValue),
        OperatorFamily.StringIgnoreCase => requestValue.Equals(policyValue, StringComparison.OrdinalIgnoreCase),
        _ => pattern?.IsMatch(requestValue) ?? Wildcard.IsMatch(policyValue, literal, requestValue, ignoreCase: false),
    };
}
