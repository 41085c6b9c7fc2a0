using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>What an account's organization imposes on every request for the account's resources.</summary>
/// <param name="ResourceControlPolicies">One list per organization level, root first; null when RCPs do not apply
/// (the management account, or the type is not enabled).</param>
/// <param name="ResourceKeys">Condition keys that describe the resource's organization.</param>
public sealed record ResourceAccountPolicies(
    IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ResourceControlPolicies,
    IReadOnlyDictionary<string, ContextValue> ResourceKeys);
