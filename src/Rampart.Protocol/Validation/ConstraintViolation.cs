namespace Rampart.Protocol.Validation;

/// <summary>One failed constraint, as one clause of AWS's validation message.</summary>
/// <param name="Path">The member path in AWS's form: lowerCamel names, list elements as name.N.member.</param>
/// <param name="Value">The offending value as AWS quotes it ('abc', null), or null when it must not be shown
/// (sensitive members, binary data).</param>
public sealed record ConstraintViolation(string Path, string? Value, string Constraint, ConstraintKind Kind)
{
    public override string ToString() =>
        Value is null
            ? $"Value at '{Path}' failed to satisfy constraint: {Constraint}"
            : $"Value {Value} at '{Path}' failed to satisfy constraint: {Constraint}";
}
