using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record SetDefaultPolicyVersionRequest(string PolicyArn, string VersionId);

public sealed record SetDefaultPolicyVersionResponse;

/// <summary>Makes a version the one that applies wherever the policy is attached.</summary>
public sealed class SetDefaultPolicyVersion(IStore store) : IamPolicyOperation<SetDefaultPolicyVersionRequest, SetDefaultPolicyVersionResponse>
{
    public override string Name => "SetDefaultPolicyVersion";

    protected override OperationDeclaration<SetDefaultPolicyVersionRequest> Declaration { get; } = new()
    {
        Action = "iam:SetDefaultPolicyVersion",
        ReadOnly = false,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<SetDefaultPolicyVersionResponse> HandleAsync(
        SetDefaultPolicyVersionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ManagedPolicies(store).UpdateAsync(call.AccountId, request.PolicyArn, record =>
            record.Versions.Any(v => v.VersionId == request.VersionId)
                ? record with { DefaultVersionId = request.VersionId, UpdateDate = IamClock.ToSeconds(call.Time) }
                : throw PolicyErrors.VersionNotFound(request.PolicyArn, request.VersionId),
            cancellationToken);
        return new SetDefaultPolicyVersionResponse();
    }
}
