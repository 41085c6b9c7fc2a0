namespace Rampart.Policy;

/// <summary>The operator families of the Condition element.</summary>
internal enum OperatorFamily
{
    Unknown,
    String,
    StringIgnoreCase,
    StringLike,
    Numeric,
    Date,
    Bool,
    Binary,
    IpAddress,
    Arn,
    Null,
}

/// <summary>A condition operator name taken apart: set prefix, family, comparison, negation and IfExists.</summary>
internal sealed record ConditionOperator(OperatorFamily Family, ValueComparison Comparison, bool Negated, bool IfExists, SetQualifier Set)
{
    private const string ForAllValuesPrefix = "ForAllValues:";
    private const string ForAnyValuePrefix = "ForAnyValue:";
    private const string IfExistsSuffix = "IfExists";

    public static ConditionOperator Parse(string name)
    {
        var text = name.AsSpan();
        var set = SetQualifier.None;
        if (text.StartsWith(ForAllValuesPrefix, StringComparison.OrdinalIgnoreCase))
        {
            set = SetQualifier.ForAllValues;
            text = text[ForAllValuesPrefix.Length..];
        }
        else if (text.StartsWith(ForAnyValuePrefix, StringComparison.OrdinalIgnoreCase))
        {
            set = SetQualifier.ForAnyValue;
            text = text[ForAnyValuePrefix.Length..];
        }
        var ifExists = false;
        if (text.EndsWith(IfExistsSuffix, StringComparison.OrdinalIgnoreCase))
        {
            ifExists = true;
            text = text[..^IfExistsSuffix.Length];
        }
        var (family, comparison, negated) = text.ToString().ToLowerInvariant() switch
        {
            "stringequals" => (OperatorFamily.String, ValueComparison.Equal, false),
            "stringnotequals" => (OperatorFamily.String, ValueComparison.Equal, true),
            "stringequalsignorecase" => (OperatorFamily.StringIgnoreCase, ValueComparison.Equal, false),
            "stringnotequalsignorecase" => (OperatorFamily.StringIgnoreCase, ValueComparison.Equal, true),
            "stringlike" => (OperatorFamily.StringLike, ValueComparison.Equal, false),
            "stringnotlike" => (OperatorFamily.StringLike, ValueComparison.Equal, true),
            "numericequals" => (OperatorFamily.Numeric, ValueComparison.Equal, false),
            "numericnotequals" => (OperatorFamily.Numeric, ValueComparison.Equal, true),
            "numericlessthan" => (OperatorFamily.Numeric, ValueComparison.LessThan, false),
            "numericlessthanequals" => (OperatorFamily.Numeric, ValueComparison.LessThanOrEqual, false),
            "numericgreaterthan" => (OperatorFamily.Numeric, ValueComparison.GreaterThan, false),
            "numericgreaterthanequals" => (OperatorFamily.Numeric, ValueComparison.GreaterThanOrEqual, false),
            "dateequals" => (OperatorFamily.Date, ValueComparison.Equal, false),
            "datenotequals" => (OperatorFamily.Date, ValueComparison.Equal, true),
            "datelessthan" => (OperatorFamily.Date, ValueComparison.LessThan, false),
            "datelessthanequals" => (OperatorFamily.Date, ValueComparison.LessThanOrEqual, false),
            "dategreaterthan" => (OperatorFamily.Date, ValueComparison.GreaterThan, false),
            "dategreaterthanequals" => (OperatorFamily.Date, ValueComparison.GreaterThanOrEqual, false),
            "bool" => (OperatorFamily.Bool, ValueComparison.Equal, false),
            "binaryequals" => (OperatorFamily.Binary, ValueComparison.Equal, false),
            "ipaddress" => (OperatorFamily.IpAddress, ValueComparison.Equal, false),
            "notipaddress" => (OperatorFamily.IpAddress, ValueComparison.Equal, true),
            "arnequals" or "arnlike" => (OperatorFamily.Arn, ValueComparison.Equal, false),
            "arnnotequals" or "arnnotlike" => (OperatorFamily.Arn, ValueComparison.Equal, true),
            "null" when !ifExists => (OperatorFamily.Null, ValueComparison.Equal, false),
            _ => (OperatorFamily.Unknown, ValueComparison.Equal, false),
        };
        return new ConditionOperator(family, comparison, negated, ifExists, set);
    }
}
