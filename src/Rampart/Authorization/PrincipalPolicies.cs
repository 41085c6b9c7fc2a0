using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>The policies that come with a caller, whatever it calls: its identity-based policies, its permissions
/// boundary, its session policies, the SCPs of its account, and condition keys that describe it.</summary>
/// <param name="SessionPolicies">Null when the caller is not a session or its session has no session policies.</param>
/// <param name="ServiceControlPolicies">One list per organization level, root first; null outside an organization.</param>
public sealed record PrincipalPolicies(
    IReadOnlyList<CompiledPolicy> Identity,
    CompiledPolicy? PermissionsBoundary,
    IReadOnlyList<CompiledPolicy>? SessionPolicies,
    IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ServiceControlPolicies)
{
    private static readonly IReadOnlyDictionary<string, ContextValue> NoKeys = new Dictionary<string, ContextValue>();

    public static PrincipalPolicies None { get; } = new([], null, null, null);

    /// <summary>Condition keys that come with the caller rather than the request, such as aws:PrincipalOrgID and
    /// aws:PrincipalOrgPaths, which Organizations knows.</summary>
    public IReadOnlyDictionary<string, ContextValue> CallerKeys { get; init; } = NoKeys;
}
