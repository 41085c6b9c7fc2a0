namespace Rampart.Policy;

/// <summary>One operator/key pair of a Condition block, e.g. <c>"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": [..]}</c>.
/// <see cref="Operator"/> is the operator text as written (with any set prefix and IfExists suffix); values are the
/// JSON scalars as strings (booleans as "true"/"false", numbers as written).</summary>
public sealed record ConditionEntry(string Operator, string Key, IReadOnlyList<string> Values, SourceSpan Span);
