using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record RejectDelegationRequestRequest(string DelegationRequestId, string? Notes);

/// <summary>The owner account refuses the request, optionally saying why; a rejected request cannot be taken back.</summary>
public sealed class RejectDelegationRequest(IStore store) : DelegationOperation<RejectDelegationRequestRequest, EmptyResponse>
{
    public override string Name => "RejectDelegationRequest";

    protected override OperationDeclaration<RejectDelegationRequestRequest> Declaration { get; } = new()
    {
        Action = "iam:RejectDelegationRequest",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(RejectDelegationRequestRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new DelegationRequests(store).ChangeAsync(
            request.DelegationRequestId, call, [DelegationStates.Assigned, DelegationStates.PendingApproval, DelegationStates.Accepted], record =>
            {
                DelegationRequests.RequireOwnerAccount(record, call);
                return record with { RejectionReason = request.Notes, State = DelegationStates.Rejected };
            }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
