using Rampart.Authorization;
using Rampart.Iam.Policies;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Simulator;

public sealed record SimulatePrincipalPolicyRequest(
    string PolicySourceArn,
    IReadOnlyList<string>? PolicyInputList,
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

/// <summary>Simulates the policies of a user or group, plus any given as text; a boundary given as text replaces
/// the entity's own.</summary>
public sealed class SimulatePrincipalPolicy(IStore store, IEnumerable<IPrincipalPolicySource> sources)
    : IamPolicyOperation<SimulatePrincipalPolicyRequest, SimulatePolicyResponse>
{
    private readonly SimulationSubjects subjects = new(store, sources);

    public override string Name => "SimulatePrincipalPolicy";

    protected override OperationDeclaration<SimulatePrincipalPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:SimulatePrincipalPolicy",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicySourceArn),
    };

    protected override async Task<SimulatePolicyResponse> HandleAsync(
        SimulatePrincipalPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var extra = SimulationPolicies.Parse(request.PolicyInputList, "PolicyInputList", PolicyKind.Identity);
        var boundary = SimulateCustomPolicy.SingleBoundary(
            SimulationPolicies.Parse(request.PermissionsBoundaryPolicyInputList, "PermissionsBoundaryPolicyInputList", PolicyKind.PermissionsBoundary));
        var who = await subjects.ResolveAsync(request.PolicySourceArn, call.AccountId, cancellationToken);
        who = who with { Identity = [.. who.Identity, .. extra], Boundary = boundary ?? who.Boundary };
        var scenario = new SimulationScenario(
            request.ActionNames, request.ResourceArns, request.ResourcePolicy, request.ResourceOwner, request.CallerArn,
            request.ContextEntries, request.Marker, request.MaxItems);
        return PolicySimulator.Run(who, scenario, call.Caller);
    }
}
