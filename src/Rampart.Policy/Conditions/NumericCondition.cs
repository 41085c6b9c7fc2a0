using System.Globalization;

namespace Rampart.Policy;

/// <summary>The six Numeric operators. Values that are not numbers (in the policy or the request) match nothing.</summary>
internal sealed class NumericCondition : CompiledCondition
{
    private readonly double[] values;

    public NumericCondition(ConditionEntry entry, ConditionOperator op)
        : base(entry, op)
    {
        var parsed = new List<double>(entry.Values.Count);
        foreach (var text in entry.Values)
        {
            if (TryParse(text, out var number))
            {
                parsed.Add(number);
            }
        }
        values = [.. parsed];
    }

    public static bool TryParse(ReadOnlySpan<char> text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request)
    {
        if (!TryParse(requestValue, out var number))
        {
            return false;
        }
        foreach (var value in values)
        {
            if (Operator.Comparison.Holds(number.CompareTo(value)))
            {
                return true;
            }
        }
        return false;
    }
}
