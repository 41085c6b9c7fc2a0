namespace Rampart.Policy;

/// <summary>Bool: "true"/"false" compared without regard to case; anything else matches nothing.</summary>
internal sealed class BoolCondition : CompiledCondition
{
    private readonly bool acceptsTrue;
    private readonly bool acceptsFalse;

    public BoolCondition(ConditionEntry entry, ConditionOperator op)
        : base(entry, op)
    {
        foreach (var value in entry.Values)
        {
            acceptsTrue |= value.Equals("true", StringComparison.OrdinalIgnoreCase);
            acceptsFalse |= value.Equals("false", StringComparison.OrdinalIgnoreCase);
        }
    }

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request) =>
        (acceptsTrue && requestValue.Equals("true", StringComparison.OrdinalIgnoreCase)) ||
        (acceptsFalse && requestValue.Equals("false", StringComparison.OrdinalIgnoreCase));
}
