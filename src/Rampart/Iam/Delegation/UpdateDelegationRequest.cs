using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record UpdateDelegationRequestRequest(string DelegationRequestId, string? Notes);

/// <summary>The owner account adds notes to a request, which then awaits approval.</summary>
public sealed class UpdateDelegationRequest(IStore store) : DelegationOperation<UpdateDelegationRequestRequest, EmptyResponse>
{
    public override string Name => "UpdateDelegationRequest";

    protected override OperationDeclaration<UpdateDelegationRequestRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateDelegationRequest",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateDelegationRequestRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new DelegationRequests(store).ChangeAsync(request.DelegationRequestId, call, [DelegationStates.Assigned, DelegationStates.PendingApproval], record =>
        {
            DelegationRequests.RequireOwnerAccount(record, call);
            return record with { Notes = request.Notes ?? record.Notes, State = DelegationStates.PendingApproval };
        }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
