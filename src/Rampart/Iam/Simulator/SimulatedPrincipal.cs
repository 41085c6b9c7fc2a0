using Rampart.Iam.Policies.Enforcement;
using Rampart.Policy;

namespace Rampart.Iam.Simulator;

/// <summary>Who a simulation runs as and the policies that come with it.</summary>
/// <param name="Principal">The caller as the engine sees it; null when the simulation names none (then a resource
/// policy cannot be simulated).</param>
/// <param name="Tags">The principal's tags, offered as aws:PrincipalTag/* unless the context entries set them.</param>
/// <param name="ServiceControlPolicies">The SCPs of the principal's account, one list per level; null outside an organization.</param>
public sealed record SimulatedPrincipal(
    PrincipalInfo? Principal,
    IReadOnlyList<SourcedPolicy> Identity,
    SourcedPolicy? Boundary,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ServiceControlPolicies);
