namespace Rampart.Protocol.Validation;

/// <summary>Which constraint of the model a value broke.</summary>
public enum ConstraintKind
{
    Required,
    MinLength,
    MaxLength,
    MinValue,
    MaxValue,
    Pattern,
    Enum,
    /// <summary>The value could not be read as the member's type (a number that is not one, say).</summary>
    Type,
}
