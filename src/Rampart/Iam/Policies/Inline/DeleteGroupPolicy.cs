using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record DeleteGroupPolicyRequest(string GroupName, string PolicyName);

public sealed class DeleteGroupPolicy(IStore store) : IamPolicyOperation<DeleteGroupPolicyRequest, EmptyResponse>
{
    public override string Name => "DeleteGroupPolicy";

    protected override OperationDeclaration<DeleteGroupPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteGroupPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteGroupPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Group, request.GroupName, cancellationToken);
        await new InlinePolicies(store).DeleteAsync(holder, request.PolicyName, cancellationToken);
        return EmptyResponse.Instance;
    }
}
