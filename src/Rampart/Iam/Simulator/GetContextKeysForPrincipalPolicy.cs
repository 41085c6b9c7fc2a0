using Rampart.Authorization;
using Rampart.Iam.Policies;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Simulator;

public sealed record GetContextKeysForPrincipalPolicyRequest(string PolicySourceArn, IReadOnlyList<string>? PolicyInputList);

/// <summary>The condition keys referred to by a user's or group's policies (a user's include its groups'), its
/// permissions boundary, and any policies given as text.</summary>
public sealed class GetContextKeysForPrincipalPolicy(IStore store, IEnumerable<IPrincipalPolicySource> sources)
    : IamPolicyOperation<GetContextKeysForPrincipalPolicyRequest, GetContextKeysResponse>
{
    private readonly SimulationSubjects subjects = new(store, sources);

    public override string Name => "GetContextKeysForPrincipalPolicy";

    protected override OperationDeclaration<GetContextKeysForPrincipalPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetContextKeysForPrincipalPolicy",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicySourceArn),
    };

    protected override async Task<GetContextKeysResponse> HandleAsync(
        GetContextKeysForPrincipalPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var extra = SimulationPolicies.Parse(request.PolicyInputList, "PolicyInputList", PolicyKind.Identity);
        var who = await subjects.ResolveAsync(request.PolicySourceArn, call.AccountId, cancellationToken);
        return GetContextKeysForCustomPolicy.KeysOf([.. who.Identity, .. who.Boundary is null ? [] : new[] { who.Boundary }, .. extra]);
    }
}
