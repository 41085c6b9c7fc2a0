using Rampart.Policy;

namespace Rampart.Iam.Policies.Enforcement;

/// <summary>A compiled policy and where it comes from, so the simulator can name the source of a matched statement.</summary>
/// <param name="SourcePolicyId">The inline policy's name or the managed policy's name.</param>
/// <param name="SourcePolicyType">A <see cref="PolicySourceType"/> value.</param>
public sealed record SourcedPolicy(CompiledPolicy Policy, string SourcePolicyId, string SourcePolicyType);
