using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record DeletePolicyRequest(string PolicyArn);

public sealed record DeletePolicyResponse;

/// <summary>Deletes a customer managed policy that is attached nowhere and has only its default version left.</summary>
public sealed class DeletePolicy(IStore store) : IamPolicyOperation<DeletePolicyRequest, DeletePolicyResponse>
{
    public override string Name => "DeletePolicy";

    protected override OperationDeclaration<DeletePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:DeletePolicy",
        ReadOnly = false,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<DeletePolicyResponse> HandleAsync(DeletePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policy = await new ManagedPolicies(store).GetCustomerAsync(call.AccountId, request.PolicyArn, cancellationToken);
        if (policy.AttachmentCount > 0 || policy.PermissionsBoundaryUsageCount > 0)
        {
            throw PolicyErrors.Attached();
        }
        if (policy.Versions.Count > 1)
        {
            throw PolicyErrors.HasVersions();
        }
        try
        {
            await store.DeleteAsync(ManagedPolicies.KeyOf(call.AccountId, policy.PolicyName), policy.RecordVersion, cancellationToken);
        }
        catch (Storage.Items.ConcurrencyConflictException)
        {
            throw IamConflicts.ConcurrentModification();
        }
        return new DeletePolicyResponse();
    }
}
