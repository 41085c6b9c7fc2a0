using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record PutGroupPolicyRequest(string GroupName, string PolicyName, string PolicyDocument);

public sealed class PutGroupPolicy(IStore store) : IamPolicyOperation<PutGroupPolicyRequest, EmptyResponse>
{
    public override string Name => "PutGroupPolicy";

    protected override OperationDeclaration<PutGroupPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:PutGroupPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
    };

    protected override async Task<EmptyResponse> HandleAsync(PutGroupPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new InlinePolicies(store).PutAsync(call.AccountId, HolderKind.Group, request.GroupName, request.PolicyName, request.PolicyDocument, cancellationToken);
        return EmptyResponse.Instance;
    }
}
