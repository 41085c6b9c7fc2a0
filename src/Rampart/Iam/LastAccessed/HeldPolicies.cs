using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;

namespace Rampart.Iam.LastAccessed;

/// <summary>The policies one user, group or role holds (inline and attached), or for a policy report the policy
/// itself with no holder.</summary>
public sealed record HeldPolicies(HolderKind? Kind, string? HolderName, IReadOnlyList<SourcedPolicy> Policies);
