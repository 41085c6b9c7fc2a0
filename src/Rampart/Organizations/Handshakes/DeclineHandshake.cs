using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Storage;

namespace Rampart.Organizations.Handshakes;

/// <summary>The party of a handshake declines it.</summary>
public sealed class DeclineHandshake(IStore store, HandshakeArns arns) : OrganizationsOperation<HandshakeIdRequest, HandshakeResponse>
{
    public override string Name => "DeclineHandshake";

    protected override OperationDeclaration<HandshakeIdRequest> Declaration { get; } = new()
    {
        Action = "organizations:DeclineHandshake",
        ReadOnly = false,
        Resources = (request, _) => arns.Of(request.HandshakeId),
    };

    protected override async Task<HandshakeResponse> HandleAsync(HandshakeIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var current = await new HandshakeStore(store).RequireAsync(request.HandshakeId, cancellationToken);
        if (!await new HandshakeParties(store).IsPartyAsync(current.Record, call.AccountId, cancellationToken))
        {
            throw current.Record.ManagementAccountId == call.AccountId ? OrgErrors.AccessDenied() : OrgErrors.HandshakeNotFound();
        }
        HandshakeTransition.Check(current.Record, HandshakeRecord.Declined, call.Time);
        var declined = current.Record with { State = HandshakeRecord.Declined };
        await store.CommitAsync(
            [HandshakeStore.Replace(current, declined), .. await Transfers.TransferHandshakes.FollowAsync(store, current.Record, Transfers.TransferRecord.Declined, cancellationToken)],
            cancellationToken);
        return new HandshakeResponse(HandshakeOutput.Of(declined, call.Time));
    }
}
