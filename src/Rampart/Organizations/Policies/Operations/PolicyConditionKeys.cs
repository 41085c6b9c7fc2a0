using Rampart.Policy;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>The organizations:PolicyType condition key of the policy operations.</summary>
public static class PolicyConditionKeys
{
    private static readonly IReadOnlyDictionary<string, ContextValue> None = new Dictionary<string, ContextValue>();

    public static IReadOnlyDictionary<string, ContextValue> Of(string? policyType) => policyType is null
        ? None
        : new Dictionary<string, ContextValue> { ["organizations:PolicyType"] = ContextValue.Single(policyType) };
}
