namespace Rampart.Policy;

/// <summary>How a Numeric or Date operator relates the request's value to the policy's value.</summary>
internal enum ValueComparison
{
    Equal,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

internal static class ValueComparisons
{
    public static bool Holds(this ValueComparison comparison, int order) => comparison switch
    {
        ValueComparison.Equal => order == 0,
        ValueComparison.LessThan => order < 0,
        ValueComparison.LessThanOrEqual => order <= 0,
        ValueComparison.GreaterThan => order > 0,
        _ => order >= 0,
    };
}
