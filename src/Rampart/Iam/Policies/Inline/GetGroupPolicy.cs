using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record GetGroupPolicyRequest(string GroupName, string PolicyName);

/// <summary>The document comes back URL-encoded (RFC 3986), as IAM returns it.</summary>
public sealed record GetGroupPolicyResponse(string GroupName, string PolicyName, string PolicyDocument);

public sealed class GetGroupPolicy(IStore store) : IamPolicyOperation<GetGroupPolicyRequest, GetGroupPolicyResponse>
{
    public override string Name => "GetGroupPolicy";

    protected override OperationDeclaration<GetGroupPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetGroupPolicy",
        ReadOnly = true,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
    };

    protected override async Task<GetGroupPolicyResponse> HandleAsync(GetGroupPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Group, request.GroupName, cancellationToken);
        var policy = await new InlinePolicies(store).GetAsync(holder, request.PolicyName, cancellationToken);
        return new GetGroupPolicyResponse(holder.Name, policy.PolicyName, Uri.EscapeDataString(policy.Document));
    }
}
