using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record PutUserPolicyRequest(string UserName, string PolicyName, string PolicyDocument);

public sealed class PutUserPolicy(IStore store) : IamPolicyOperation<PutUserPolicyRequest, EmptyResponse>
{
    public override string Name => "PutUserPolicy";

    protected override OperationDeclaration<PutUserPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:PutUserPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
    };

    protected override async Task<EmptyResponse> HandleAsync(PutUserPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new InlinePolicies(store).PutAsync(call.AccountId, HolderKind.User, request.UserName, request.PolicyName, request.PolicyDocument, cancellationToken);
        return EmptyResponse.Instance;
    }
}
