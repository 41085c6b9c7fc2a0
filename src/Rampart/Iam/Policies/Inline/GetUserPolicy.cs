using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record GetUserPolicyRequest(string UserName, string PolicyName);

/// <summary>The document comes back URL-encoded (RFC 3986), as IAM returns it.</summary>
public sealed record GetUserPolicyResponse(string UserName, string PolicyName, string PolicyDocument);

public sealed class GetUserPolicy(IStore store) : IamPolicyOperation<GetUserPolicyRequest, GetUserPolicyResponse>
{
    public override string Name => "GetUserPolicy";

    protected override OperationDeclaration<GetUserPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:GetUserPolicy",
        ReadOnly = true,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
    };

    protected override async Task<GetUserPolicyResponse> HandleAsync(GetUserPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.User, request.UserName, cancellationToken);
        var policy = await new InlinePolicies(store).GetAsync(holder, request.PolicyName, cancellationToken);
        return new GetUserPolicyResponse(holder.Name, policy.PolicyName, Uri.EscapeDataString(policy.Document));
    }
}
