using Rampart.Policy;

namespace Rampart.Organizations.Enforcement;

/// <summary>The compiled authorization policies attached to one root, OU or account: the SCPs and the RCPs, each
/// including the AWS managed default policy unless it was detached.</summary>
public sealed record TargetLevel(IReadOnlyList<CompiledPolicy> ServiceControlPolicies, IReadOnlyList<CompiledPolicy> ResourceControlPolicies);
