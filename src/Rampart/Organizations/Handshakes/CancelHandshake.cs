using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Storage;

namespace Rampart.Organizations.Handshakes;

/// <summary>The management account that sent a handshake withdraws it.</summary>
public sealed class CancelHandshake(IStore store, HandshakeArns arns) : OrganizationsOperation<HandshakeIdRequest, HandshakeResponse>
{
    public override string Name => "CancelHandshake";

    protected override OperationDeclaration<HandshakeIdRequest> Declaration { get; } = new()
    {
        Action = "organizations:CancelHandshake",
        ReadOnly = false,
        Resources = (request, _) => arns.Of(request.HandshakeId),
    };

    protected override async Task<HandshakeResponse> HandleAsync(HandshakeIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var current = await new HandshakeParties(store).RequireVisibleAsync(request.HandshakeId, call.AccountId, cancellationToken);
        if (current.Record.ManagementAccountId != call.AccountId)
        {
            throw OrgErrors.AccessDenied();
        }
        HandshakeTransition.Check(current.Record, HandshakeRecord.Canceled, call.Time);
        var canceled = current.Record with { State = HandshakeRecord.Canceled };
        await store.CommitAsync(
            [HandshakeStore.Replace(current, canceled), .. await Transfers.TransferHandshakes.FollowAsync(store, current.Record, Transfers.TransferRecord.Canceled, cancellationToken)],
            cancellationToken);
        return new HandshakeResponse(HandshakeOutput.Of(canceled, call.Time));
    }
}
