namespace Rampart.Policy;

/// <summary>The six Date operators, comparing instants; values that are not dates match nothing.</summary>
internal sealed class DateCondition : CompiledCondition
{
    private readonly long[] values;

    public DateCondition(ConditionEntry entry, ConditionOperator op)
        : base(entry, op)
    {
        var parsed = new List<long>(entry.Values.Count);
        foreach (var text in entry.Values)
        {
            if (DateValue.TryParse(text, out var ticks))
            {
                parsed.Add(ticks);
            }
        }
        values = [.. parsed];
    }

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request)
    {
        if (!DateValue.TryParse(requestValue, out var ticks))
        {
            return false;
        }
        foreach (var value in values)
        {
            if (Operator.Comparison.Holds(ticks.CompareTo(value)))
            {
                return true;
            }
        }
        return false;
    }
}
