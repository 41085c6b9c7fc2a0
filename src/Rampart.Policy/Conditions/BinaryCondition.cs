namespace Rampart.Policy;

/// <summary>BinaryEquals: the policy holds base64 text and the request supplies the key's bytes base64-encoded; the
/// encodings are compared exactly.</summary>
internal sealed class BinaryCondition(ConditionEntry entry, ConditionOperator op) : CompiledCondition(entry, op)
{
    private readonly string[] values = [.. entry.Values];

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request)
    {
        foreach (var value in values)
        {
            if (requestValue.SequenceEqual(value))
            {
                return true;
            }
        }
        return false;
    }
}
