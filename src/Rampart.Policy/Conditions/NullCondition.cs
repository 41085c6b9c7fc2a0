namespace Rampart.Policy;

/// <summary>Null: "true" is satisfied when the key is absent (or an empty list), "false" when it is present.</summary>
internal sealed class NullCondition : CompiledCondition
{
    private readonly bool matchesAbsent;
    private readonly bool matchesPresent;

    public NullCondition(ConditionEntry entry, ConditionOperator op)
        : base(entry, op)
    {
        foreach (var value in entry.Values)
        {
            matchesAbsent |= value.Equals("true", StringComparison.OrdinalIgnoreCase);
            matchesPresent |= value.Equals("false", StringComparison.OrdinalIgnoreCase);
        }
    }

    public override bool IsSatisfied(AuthorizationRequest request)
    {
        var present = ContextLookup.TryGet(request, Key, out var values) && values.Count > 0;
        return present ? matchesPresent : matchesAbsent;
    }

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request) => matchesPresent;
}
