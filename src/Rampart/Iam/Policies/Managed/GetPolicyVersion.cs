using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record GetPolicyVersionRequest(string PolicyArn, string VersionId);

public sealed record GetPolicyVersionResponse(PolicyVersionInfo PolicyVersion);

public sealed class GetPolicyVersion(IStore store) : IamPolicyOperation<GetPolicyVersionRequest, GetPolicyVersionResponse>
{
    public override string Name => "GetPolicyVersion";

    protected override OperationDeclaration<GetPolicyVersionRequest> Declaration { get; } = new()
    {
        Action = "iam:GetPolicyVersion",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<GetPolicyVersionResponse> HandleAsync(
        GetPolicyVersionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policy = await new ManagedPolicies(store).GetAsync(call.AccountId, request.PolicyArn, cancellationToken);
        var version = policy.Versions.FirstOrDefault(v => v.VersionId == request.VersionId)
            ?? throw PolicyErrors.VersionNotFound(request.PolicyArn, request.VersionId);
        return new GetPolicyVersionResponse(PolicyVersionInfo.Of(version, policy.DefaultVersionId, withDocument: true));
    }
}
