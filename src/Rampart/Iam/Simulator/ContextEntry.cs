namespace Rampart.Iam.Simulator;

/// <summary>The model's ContextEntry: a condition key's values for a simulation. List types give the key every value;
/// the others give it the first.</summary>
/// <param name="ContextKeyType">string, stringList, numeric, numericList, boolean, booleanList, ip, ipList, binary,
/// binaryList, date or dateList.</param>
public sealed record ContextEntry(string? ContextKeyName, IReadOnlyList<string>? ContextKeyValues, string? ContextKeyType)
{
    public bool IsList => ContextKeyType?.EndsWith("List", StringComparison.Ordinal) == true;
}
