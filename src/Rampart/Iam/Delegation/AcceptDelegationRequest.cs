using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record AcceptDelegationRequestRequest(string DelegationRequestId);

/// <summary>The owner account grants the request; the accepting identity is recorded as its approver, and is whom the
/// partner will act as when nobody took the request first.</summary>
public sealed class AcceptDelegationRequest(IStore store) : DelegationOperation<AcceptDelegationRequestRequest, EmptyResponse>
{
    public override string Name => "AcceptDelegationRequest";

    protected override OperationDeclaration<AcceptDelegationRequestRequest> Declaration { get; } = new()
    {
        Action = "iam:AcceptDelegationRequest",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(AcceptDelegationRequestRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new DelegationRequests(store).ChangeAsync(request.DelegationRequestId, call, [DelegationStates.Assigned, DelegationStates.PendingApproval], record =>
        {
            DelegationRequests.RequireOwnerAccount(record, call);
            return record with { ApproverId = call.Caller.Arn, State = DelegationStates.Accepted, Principal = record.Principal ?? DelegatedPrincipal.Of(call.Caller) };
        }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
