using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Iam.Simulator;

public sealed record GetContextKeysForCustomPolicyRequest(IReadOnlyList<string> PolicyInputList);

/// <summary>The condition keys the given policies refer to, in conditions and in policy variables.</summary>
public sealed class GetContextKeysForCustomPolicy : IamPolicyOperation<GetContextKeysForCustomPolicyRequest, GetContextKeysResponse>
{
    public override string Name => "GetContextKeysForCustomPolicy";

    protected override OperationDeclaration<GetContextKeysForCustomPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetContextKeysForCustomPolicy",
        ReadOnly = true,
    };

    protected override Task<GetContextKeysResponse> HandleAsync(
        GetContextKeysForCustomPolicyRequest request, CallContext call, CancellationToken cancellationToken) =>
        Task.FromResult(KeysOf(SimulationPolicies.Parse(request.PolicyInputList, "PolicyInputList", PolicyKind.Identity)));

    internal static GetContextKeysResponse KeysOf(IEnumerable<SourcedPolicy> policies) =>
        new([.. policies.SelectMany(p => p.Policy.ReferencedContextKeys).Distinct(StringComparer.OrdinalIgnoreCase)]);
}
