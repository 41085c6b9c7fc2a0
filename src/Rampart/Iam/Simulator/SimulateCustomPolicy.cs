using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Iam.Simulator;

public sealed record SimulateCustomPolicyRequest(
    IReadOnlyList<string> PolicyInputList,
    IReadOnlyList<string>? PermissionsBoundaryPolicyInputList,
    IReadOnlyList<string> ActionNames,
    IReadOnlyList<string>? ResourceArns,
    string? ResourcePolicy,
    string? ResourceOwner,
    string? CallerArn,
    IReadOnlyList<ContextEntry>? ContextEntries,
    string? ResourceHandlingOption,
    int? MaxItems,
    string? Marker);

/// <summary>Simulates policies given as text, with no IAM entity: the identity policies, an optional boundary and
/// resource policy, for each action and resource.</summary>
public sealed class SimulateCustomPolicy : IamPolicyOperation<SimulateCustomPolicyRequest, SimulatePolicyResponse>
{
    public override string Name => "SimulateCustomPolicy";

    protected override OperationDeclaration<SimulateCustomPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:SimulateCustomPolicy",
        ReadOnly = true,
    };

    protected override Task<SimulatePolicyResponse> HandleAsync(SimulateCustomPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var boundaries = SimulationPolicies.Parse(request.PermissionsBoundaryPolicyInputList, "PermissionsBoundaryPolicyInputList", PolicyKind.PermissionsBoundary);
        var who = new SimulatedPrincipal(
            null,
            SimulationPolicies.Parse(request.PolicyInputList, "PolicyInputList", PolicyKind.Identity),
            SingleBoundary(boundaries),
            new Dictionary<string, string>(),
            null);
        return Task.FromResult(PolicySimulator.Run(who, Scenario.Of(request), call.Caller));
    }

    internal static SourcedPolicy? SingleBoundary(IReadOnlyList<SourcedPolicy> boundaries) => boundaries.Count switch
    {
        0 => null,
        1 => boundaries[0],
        _ => throw new Protocol.AwsException("InvalidInput", "Only one permissions boundary policy can be simulated."),
    };

    private static class Scenario
    {
        public static SimulationScenario Of(SimulateCustomPolicyRequest r) =>
            new(r.ActionNames, r.ResourceArns, r.ResourcePolicy, r.ResourceOwner, r.CallerArn, r.ContextEntries, r.Marker, r.MaxItems);
    }
}
