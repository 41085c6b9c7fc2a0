using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record SendDelegationTokenRequest(string DelegationRequestId);

/// <summary>Finalizes an accepted request (only its owner may, when the partner asked so). Rampart has no partner
/// notification channel to deliver the exchange token to, so finalizing is where it ends.</summary>
public sealed class SendDelegationToken(IStore store) : DelegationOperation<SendDelegationTokenRequest, EmptyResponse>
{
    public override string Name => "SendDelegationToken";

    protected override OperationDeclaration<SendDelegationTokenRequest> Declaration { get; } = new()
    {
        Action = "iam:SendDelegationToken",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(SendDelegationTokenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new DelegationRequests(store).ChangeAsync(request.DelegationRequestId, call, [DelegationStates.Accepted], record =>
        {
            DelegationRequests.RequireOwnerAccount(record, call);
            return record.OnlySendByOwner && record.OwnerId != call.Caller.Arn
                ? throw IamErrors.InvalidInput($"Only the owner of delegation request {record.DelegationRequestId} can send its token.")
                : record with { State = DelegationStates.Finalized };
        }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
