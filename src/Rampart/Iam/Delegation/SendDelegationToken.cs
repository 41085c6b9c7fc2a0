using Rampart.Hosting;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record SendDelegationTokenRequest(string DelegationRequestId);

/// <summary>Finalizes an accepted request (only its owner may, when the partner asked so) and releases a trade-in
/// token to the partner, which STS's GetDelegatedAccessToken exchanges once for credentials. The delegation period
/// (SessionDuration long) starts now. Only the token's hash is kept; the token itself goes to the outbox that stands
/// in for the partner's notification channel.</summary>
public sealed class SendDelegationToken(IStore store, ServerOptions options) : DelegationOperation<SendDelegationTokenRequest, EmptyResponse>
{
    private readonly DelegationTokenOutbox outbox = new(options);

    public override string Name => "SendDelegationToken";

    protected override OperationDeclaration<SendDelegationTokenRequest> Declaration { get; } = new()
    {
        Action = "iam:SendDelegationToken",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(SendDelegationTokenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (token, hash) = TradeInToken.Mint(request.DelegationRequestId);
        await new DelegationRequests(store).ChangeAsync(request.DelegationRequestId, call, [DelegationStates.Accepted], record =>
        {
            DelegationRequests.RequireOwnerAccount(record, call);
            return record.OnlySendByOwner && record.OwnerId != call.Caller.Arn
                ? throw IamErrors.InvalidInput($"Only the owner of delegation request {record.DelegationRequestId} can send its token.")
                : record with
                {
                    State = DelegationStates.Finalized,
                    TradeInTokenHash = hash,
                    DelegationEnds = IamClock.ToSeconds(call.Time).AddSeconds(record.SessionDuration),
                };
        }, cancellationToken);
        await outbox.DeliverAsync(request.DelegationRequestId, token, cancellationToken);
        return EmptyResponse.Instance;
    }
}
