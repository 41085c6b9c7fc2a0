using Rampart.Identity;
using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Handshakes;

/// <summary>Which handshakes an account is a party to: those addressed to its ID, and those addressed to its root
/// user's email.</summary>
public sealed class HandshakeParties(IStore store)
{
    public async ValueTask<IReadOnlyList<string>> KeysOfAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await store.GetAsync(AccountRecord.KeyOf(accountId), cancellationToken);
        return account is null
            ? [HandshakeStore.AccountParty(accountId)]
            : [HandshakeStore.AccountParty(accountId), HandshakeStore.EmailParty(OrgJson.Read<AccountRecord>(account.Json).RootEmail)];
    }

    public async ValueTask<bool> IsPartyAsync(HandshakeRecord handshake, string accountId, CancellationToken cancellationToken) =>
        (await KeysOfAsync(accountId, cancellationToken)).Contains(handshake.PartyKey);

    /// <summary>A handshake the account may see: it is its party, or it manages the organization that sent it.
    /// Others are told it does not exist.</summary>
    public async ValueTask<Tree.Stored<HandshakeRecord>> RequireVisibleAsync(string handshakeId, string accountId, CancellationToken cancellationToken)
    {
        var handshake = await new HandshakeStore(store).RequireAsync(handshakeId, cancellationToken);
        return handshake.Record.ManagementAccountId == accountId || await IsPartyAsync(handshake.Record, accountId, cancellationToken)
            ? handshake
            : throw OrgErrors.HandshakeNotFound();
    }
}
