using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>The policies that come with a caller, whatever it calls: its identity-based policies, its permissions
/// boundary, its session policies, and the SCPs of its account.</summary>
/// <param name="SessionPolicies">Null when the caller is not a session or its session has no session policies.</param>
/// <param name="ServiceControlPolicies">One list per organization level, root first; null outside an organization.</param>
public sealed record PrincipalPolicies(
    IReadOnlyList<CompiledPolicy> Identity,
    CompiledPolicy? PermissionsBoundary,
    IReadOnlyList<CompiledPolicy>? SessionPolicies,
    IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ServiceControlPolicies)
{
    public static PrincipalPolicies None { get; } = new([], null, null, null);
}
