namespace Rampart.Iam.Policies.Enforcement;

/// <summary>A holder's own policies: its inline policies compiled, and the ARNs of its attached managed policies
/// (resolved to their default versions separately, so a new default version reaches every holder at once).</summary>
public sealed record HolderPolicySet(IReadOnlyList<SourcedPolicy> Inline, IReadOnlyList<string> AttachedArns)
{
    public static HolderPolicySet Empty { get; } = new([], []);
}
