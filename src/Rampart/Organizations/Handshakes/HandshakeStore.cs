using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Handshakes;

/// <summary>Reads handshakes and builds the writes that keep a handshake and its two listings together.</summary>
public sealed class HandshakeStore(IStore store)
{
    public static ItemKey KeyOf(string handshakeId) => new(OrgCollections.Handshake, "", handshakeId);

    public static string AccountParty(string accountId) => accountId;

    public static string EmailParty(string email) => "email:" + email.ToLowerInvariant();

    public async ValueTask<Stored<HandshakeRecord>?> FindAsync(string handshakeId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(handshakeId), cancellationToken) is { } item
            ? new(OrgJson.Read<HandshakeRecord>(item.Json), item.Version)
            : null;

    public async ValueTask<Stored<HandshakeRecord>> RequireAsync(string handshakeId, CancellationToken cancellationToken) =>
        await FindAsync(handshakeId, cancellationToken) ?? throw OrgErrors.HandshakeNotFound();

    public static IEnumerable<StoreWrite> Create(HandshakeRecord handshake)
    {
        var entry = OrgJson.Write(new HandshakeEntry(handshake.Id));
        return
        [
            new StoreWrite.Put(KeyOf(handshake.Id), OrgJson.Write(handshake), StoreWrite.Absent),
            new StoreWrite.Put(new ItemKey(OrgCollections.HandshakeOfParty, handshake.PartyKey, handshake.Id), entry),
            new StoreWrite.Put(new ItemKey(OrgCollections.HandshakeOfOrganization, handshake.OrganizationId, handshake.Id), entry),
        ];
    }

    public static StoreWrite Replace(Stored<HandshakeRecord> current, HandshakeRecord updated) =>
        new StoreWrite.Put(KeyOf(updated.Id), OrgJson.Write(updated), current.Version);

    public static IEnumerable<StoreWrite> Delete(Stored<HandshakeRecord> current) =>
    [
        new StoreWrite.Delete(KeyOf(current.Record.Id)),
        new StoreWrite.Delete(new ItemKey(OrgCollections.HandshakeOfParty, current.Record.PartyKey, current.Record.Id)),
        new StoreWrite.Delete(new ItemKey(OrgCollections.HandshakeOfOrganization, current.Record.OrganizationId, current.Record.Id)),
    ];
}
