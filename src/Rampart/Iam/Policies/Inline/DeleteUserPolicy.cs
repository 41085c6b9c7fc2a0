using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record DeleteUserPolicyRequest(string UserName, string PolicyName);

public sealed class DeleteUserPolicy(IStore store) : IamPolicyOperation<DeleteUserPolicyRequest, EmptyResponse>
{
    public override string Name => "DeleteUserPolicy";

    protected override OperationDeclaration<DeleteUserPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteUserPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteUserPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.User, request.UserName, cancellationToken);
        await new InlinePolicies(store).DeleteAsync(holder, request.PolicyName, cancellationToken);
        return EmptyResponse.Instance;
    }
}
