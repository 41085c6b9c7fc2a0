using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record GetPolicyRequest(string PolicyArn);

public sealed record GetPolicyResponse(PolicyInfo Policy);

public sealed class GetPolicy(IStore store) : IamPolicyOperation<GetPolicyRequest, GetPolicyResponse>
{
    public override string Name => "GetPolicy";

    protected override OperationDeclaration<GetPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetPolicy",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<GetPolicyResponse> HandleAsync(GetPolicyRequest request, CallContext call, CancellationToken cancellationToken) =>
        new((await new ManagedPolicies(store).GetAsync(call.AccountId, request.PolicyArn, cancellationToken)).Describe(withDetails: true));
}
