namespace Rampart.Policy;

/// <summary>An operator the language does not define. The parser rejects such documents; if one is compiled anyway
/// it is never satisfied, so it can neither grant nor deny.</summary>
internal sealed class UnknownOperatorCondition(ConditionEntry entry, ConditionOperator op) : CompiledCondition(entry, op)
{
    public override bool IsSatisfied(AuthorizationRequest request) => false;

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request) => false;
}
