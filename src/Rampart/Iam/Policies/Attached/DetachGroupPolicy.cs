using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record DetachGroupPolicyRequest(string GroupName, string PolicyArn);

public sealed class DetachGroupPolicy(IStore store) : IamPolicyOperation<DetachGroupPolicyRequest, EmptyResponse>
{
    public override string Name => "DetachGroupPolicy";

    protected override OperationDeclaration<DetachGroupPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DetachGroupPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) },
    };

    protected override async Task<EmptyResponse> HandleAsync(DetachGroupPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        PolicyArn.Parse(request.PolicyArn);
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Group, request.GroupName, cancellationToken);
        await new PolicyAttachments(store).DetachAsync(holder, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
