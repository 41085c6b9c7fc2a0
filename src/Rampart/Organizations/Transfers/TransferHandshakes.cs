using Rampart.Organizations.Handshakes;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Transfers;

/// <summary>Keeps a responsibility transfer in step with its handshake: accepting, declining or canceling the
/// handshake moves the transfer to the same outcome in the same commit.</summary>
public static class TransferHandshakes
{
    public static async ValueTask<IReadOnlyList<StoreWrite>> FollowAsync(
        IStore store, HandshakeRecord handshake, string transferStatus, CancellationToken cancellationToken)
    {
        if (handshake.Transfer is not { } terms || await new TransferStore(store).FindAsync(terms.TransferId, cancellationToken) is not { } transfer)
        {
            return [];
        }
        return [TransferStore.Replace(transfer, transfer.Record with { Status = transferStatus })];
    }
}
