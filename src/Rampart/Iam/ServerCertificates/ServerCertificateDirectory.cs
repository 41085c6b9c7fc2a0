using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServerCertificates;

/// <summary>Server certificates by name key (collection "iam.server-certificate") and a copy by path for listings
/// ("iam.server-certificate-path"), written together.</summary>
public sealed class ServerCertificateDirectory(IStore store)
{
    public const string Collection = "iam.server-certificate";
    public const string ByPathCollection = "iam.server-certificate-path";

    public static ItemKey NameKey(string accountId, string name) => new(Collection, accountId, IamName.Key(name));

    private static ItemKey PathKey(ServerCertificateRecord record) =>
        new(ByPathCollection, record.AccountId, IamPath.ListingKey(record.Path, record.ServerCertificateName));

    public async ValueTask<(ServerCertificateRecord Certificate, long Version)> RequireAsync(string accountId, string name, CancellationToken cancellationToken) =>
        IamName.CanExist(name) && await store.GetAsync(NameKey(accountId, name), cancellationToken) is { } item
            ? (IamJson.Read<ServerCertificateRecord>(item.Json), item.Version)
            : throw IamErrors.NoSuchEntity($"The Server Certificate with name {name} cannot be found.");

    public async ValueTask<IamPage<ServerCertificateRecord>> ListAsync(string accountId, string? pathPrefix, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, ByPathCollection, accountId, pathPrefix, marker, maxItems, cancellationToken);
        return page.Map<StoredItem, ServerCertificateRecord>([.. page.Items.Select(i => IamJson.Read<ServerCertificateRecord>(i.Json))]);
    }

    public static Protocol.AwsException AlreadyExists(string name) => IamErrors.EntityAlreadyExists($"The Server Certificate with name {name} already exists.");

    public static IEnumerable<StoreWrite> Create(ServerCertificateRecord record) =>
    [
        new StoreWrite.Put(NameKey(record.AccountId, record.ServerCertificateName), IamJson.Write(record), StoreWrite.Absent),
        new StoreWrite.Put(PathKey(record), IamJson.Write(record), StoreWrite.Absent),
    ];

    /// <summary>Replaces a certificate read at <paramref name="version"/>, moving its keys when the name or path changes.</summary>
    public static IEnumerable<StoreWrite> Replace(ServerCertificateRecord old, long version, ServerCertificateRecord updated)
    {
        var oldKey = NameKey(old.AccountId, old.ServerCertificateName);
        var newKey = NameKey(updated.AccountId, updated.ServerCertificateName);
        return oldKey == newKey
            ?
            [
                new StoreWrite.Put(oldKey, IamJson.Write(updated), version),
                new StoreWrite.Delete(PathKey(old)),
                new StoreWrite.Put(PathKey(updated), IamJson.Write(updated)),
            ]
            :
            [
                new StoreWrite.Delete(oldKey, version),
                new StoreWrite.Put(newKey, IamJson.Write(updated), StoreWrite.Absent),
                new StoreWrite.Delete(PathKey(old)),
                new StoreWrite.Put(PathKey(updated), IamJson.Write(updated)),
            ];
    }

    public static IEnumerable<StoreWrite> Delete(ServerCertificateRecord record, long version) =>
    [
        new StoreWrite.Delete(NameKey(record.AccountId, record.ServerCertificateName), version),
        new StoreWrite.Delete(PathKey(record)),
    ];
}

