namespace Rampart.Policy;

/// <summary>One operator/key pair of a Condition block, with its policy values parsed once. Within the pair the policy's
/// values are ORed; a negated operator is satisfied only when no policy value matches.</summary>
internal abstract class CompiledCondition(ConditionEntry entry, ConditionOperator op)
{
    public ContextKey Key { get; } = new(entry.Key);

    protected ConditionOperator Operator { get; } = op;

    /// <summary>Context keys named by policy variables inside the values.</summary>
    public virtual IEnumerable<ContextKey> VariableKeys => [];

    public static CompiledCondition Compile(ConditionEntry entry, bool variablesEnabled)
    {
        var op = ConditionOperator.Parse(entry.Operator);
        return op.Family switch
        {
            OperatorFamily.String or OperatorFamily.StringIgnoreCase or OperatorFamily.StringLike => new StringCondition(entry, op, variablesEnabled),
            OperatorFamily.Arn => new ArnCondition(entry, op, variablesEnabled),
            OperatorFamily.Numeric => new NumericCondition(entry, op),
            OperatorFamily.Date => new DateCondition(entry, op),
            OperatorFamily.Bool => new BoolCondition(entry, op),
            OperatorFamily.Binary => new BinaryCondition(entry, op),
            OperatorFamily.IpAddress => new IpAddressCondition(entry, op),
            OperatorFamily.Null => new NullCondition(entry, op),
            _ => new UnknownOperatorCondition(entry, op),
        };
    }

    public virtual bool IsSatisfied(AuthorizationRequest request)
    {
        if (!ContextLookup.TryGet(request, Key, out var values))
        {
            return Operator.IfExists || Operator.Set == SetQualifier.ForAllValues || (Operator.Set == SetQualifier.None && Operator.Negated);
        }
        var count = values.Count;
        switch (Operator.Set)
        {
            case SetQualifier.ForAllValues:
                for (var i = 0; i < count; i++)
                {
                    if (!HoldsFor(values[i], request))
                    {
                        return false;
                    }
                }
                return true;
            case SetQualifier.ForAnyValue:
                for (var i = 0; i < count; i++)
                {
                    if (HoldsFor(values[i], request))
                    {
                        return true;
                    }
                }
                return false;
            default:
                // Without a set operator a multivalued key behaves as "any request value matches"; negation then
                // requires that no request value matches.
                for (var i = 0; i < count; i++)
                {
                    if (AnyPolicyValueMatches(values[i], request))
                    {
                        return !Operator.Negated;
                    }
                }
                return Operator.Negated;
        }
    }

    private bool HoldsFor(ReadOnlySpan<char> requestValue, AuthorizationRequest request) =>
        AnyPolicyValueMatches(requestValue, request) != Operator.Negated;

    protected abstract bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request);
}
