using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record DeletePolicyVersionRequest(string PolicyArn, string VersionId);

public sealed record DeletePolicyVersionResponse;

/// <summary>Deletes a version that is not the default.</summary>
public sealed class DeletePolicyVersion(IStore store) : IamPolicyOperation<DeletePolicyVersionRequest, DeletePolicyVersionResponse>
{
    public override string Name => "DeletePolicyVersion";

    protected override OperationDeclaration<DeletePolicyVersionRequest> Declaration { get; } = new()
    {
        Action = "iam:DeletePolicyVersion",
        ReadOnly = false,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<DeletePolicyVersionResponse> HandleAsync(
        DeletePolicyVersionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ManagedPolicies(store).UpdateAsync(call.AccountId, request.PolicyArn, record =>
        {
            if (record.Versions.All(v => v.VersionId != request.VersionId))
            {
                throw PolicyErrors.VersionNotFound(request.PolicyArn, request.VersionId);
            }
            if (record.DefaultVersionId == request.VersionId)
            {
                throw PolicyErrors.DefaultVersion();
            }
            return record with { Versions = [.. record.Versions.Where(v => v.VersionId != request.VersionId)] };
        }, cancellationToken);
        return new DeletePolicyVersionResponse();
    }
}
