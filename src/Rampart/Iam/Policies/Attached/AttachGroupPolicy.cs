using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record AttachGroupPolicyRequest(string GroupName, string PolicyArn);

public sealed class AttachGroupPolicy(IStore store) : IamPolicyOperation<AttachGroupPolicyRequest, EmptyResponse>
{
    public override string Name => "AttachGroupPolicy";

    protected override OperationDeclaration<AttachGroupPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:AttachGroupPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) },
    };

    protected override async Task<EmptyResponse> HandleAsync(AttachGroupPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        PolicyArn.Parse(request.PolicyArn);
        await new PolicyAttachments(store).AttachAsync(call.AccountId, HolderKind.Group, request.GroupName, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
