using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record AttachUserPolicyRequest(string UserName, string PolicyArn);

public sealed class AttachUserPolicy(IStore store) : IamPolicyOperation<AttachUserPolicyRequest, EmptyResponse>
{
    public override string Name => "AttachUserPolicy";

    protected override OperationDeclaration<AttachUserPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:AttachUserPolicy",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single(request.PolicyArn) },
    };

    protected override async Task<EmptyResponse> HandleAsync(AttachUserPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        PolicyArn.Parse(request.PolicyArn);
        await new PolicyAttachments(store).AttachAsync(call.AccountId, HolderKind.User, request.UserName, request.PolicyArn, cancellationToken);
        return EmptyResponse.Instance;
    }
}
