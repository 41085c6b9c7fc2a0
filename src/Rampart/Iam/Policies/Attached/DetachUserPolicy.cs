using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record DetachUserPolicyRequest(string UserName, string PolicyArn);

public sealed class DetachUserPolicy(IStore store) : IamPolicyOperation<DetachUserPolicyRequest, EmptyResponse>
{
    public override string Name => "DetachUserPolicy";

    protected override OperationDeclaration<DetachUserPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DetachUserPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) },
    };

    protected override async Task<EmptyResponse> HandleAsync(DetachUserPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        PolicyArn.Parse(request.PolicyArn);
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.User, request.UserName, cancellationToken);
        await new PolicyAttachments(store).DetachAsync(holder, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
