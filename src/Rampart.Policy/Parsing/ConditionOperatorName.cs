namespace Rampart.Policy.Parsing;

/// <summary>Recognises condition operator names: a base operator, optionally prefixed with a set operator
/// (<c>ForAnyValue:</c>, <c>ForAllValues:</c>) and suffixed with <c>IfExists</c> (every operator but Null).
/// Names are case-sensitive, as IAM reads them.</summary>
internal static class ConditionOperatorName
{
    private static readonly HashSet<string> BaseOperators = new(StringComparer.Ordinal)
    {
        "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
        "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
        "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
        "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null",
    };

    public static bool IsValid(string name)
    {
        var baseName = BaseOf(name, out var ifExists);
        return BaseOperators.Contains(baseName) && !(ifExists && baseName == "Null");
    }

    /// <summary>The operator without its set prefix and IfExists suffix.</summary>
    public static string BaseOf(string name, out bool ifExists)
    {
        var span = name.AsSpan();
        if (span.StartsWith("ForAnyValue:", StringComparison.Ordinal))
        {
            span = span["ForAnyValue:".Length..];
        }
        else if (span.StartsWith("ForAllValues:", StringComparison.Ordinal))
        {
            span = span["ForAllValues:".Length..];
        }

        ifExists = span.EndsWith("IfExists", StringComparison.Ordinal);
        if (ifExists)
        {
            span = span[..^"IfExists".Length];
        }

        return span.ToString();
    }
}
