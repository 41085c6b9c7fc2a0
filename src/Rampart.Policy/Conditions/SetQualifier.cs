namespace Rampart.Policy;

/// <summary>The set operator prefix of a condition operator.</summary>
internal enum SetQualifier
{
    None,
    ForAllValues,
    ForAnyValue,
}
