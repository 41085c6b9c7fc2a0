using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Shield.Api.Protections;

/// <summary>Protections by ID, with the index that keeps one protection per resource.</summary>
public sealed class ProtectionStore(IStore store)
{
    public async Task<(ProtectionRecord Record, long Version)> GetAsync(string accountId, string protectionId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(Key(accountId, protectionId), cancellationToken) ?? throw ShieldErrors.NotFound("protection");
        return (ShieldJson.Read<ProtectionRecord>(item.Json), item.Version);
    }

    public async Task<ProtectionRecord?> FindAsync(string accountId, string protectionId, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(accountId, protectionId), cancellationToken) is { } item ? ShieldJson.Read<ProtectionRecord>(item.Json) : null;

    public async Task<(ProtectionRecord Record, long Version)> GetByResourceAsync(string accountId, string resourceArn, CancellationToken cancellationToken)
    {
        var index = await store.GetAsync(new ItemKey(ShieldCollections.ProtectionByResource, accountId, resourceArn), cancellationToken)
            ?? throw ShieldErrors.NotFound("protection");
        return await GetAsync(accountId, ShieldJson.Read<string>(index.Json), cancellationToken);
    }

    public async Task CreateAsync(string accountId, ProtectionRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await store.CommitAsync(
            [
                new StoreWrite.Put(new ItemKey(ShieldCollections.ProtectionByResource, accountId, record.ResourceArn), ShieldJson.Write(record.Id), StoreWrite.Absent),
                new StoreWrite.Put(Key(accountId, record.Id), ShieldJson.Write(record), StoreWrite.Absent),
            ], cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw ShieldErrors.AlreadyExists("protection");
        }
    }

    public async Task ReplaceAsync(string accountId, ProtectionRecord record, long version, CancellationToken cancellationToken)
    {
        try
        {
            await store.PutAsync(Key(accountId, record.Id), ShieldJson.Write(record), version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw new Protocol.AwsException("OptimisticLockException", "The protection was changed by another request; retry.");
        }
    }

    public async Task DeleteAsync(string accountId, string protectionId, CancellationToken cancellationToken)
    {
        var (record, version) = await GetAsync(accountId, protectionId, cancellationToken);
        await store.CommitAsync(
        [
            new StoreWrite.Delete(Key(accountId, record.Id), version),
            new StoreWrite.Delete(new ItemKey(ShieldCollections.ProtectionByResource, accountId, record.ResourceArn)),
        ], cancellationToken);
    }

    public async Task<ItemPage> ListAsync(string accountId, string? startAfter, int limit, CancellationToken cancellationToken) =>
        await store.ListAsync(new ListQuery(ShieldCollections.Protection, accountId, null, startAfter, limit), cancellationToken);

    /// <summary>Every protection of the account, for protection groups defined by pattern.</summary>
    public async Task<IReadOnlyList<ProtectionRecord>> AllAsync(string accountId, CancellationToken cancellationToken)
    {
        var all = new List<ProtectionRecord>();
        string? after = null;
        do
        {
            var page = await ListAsync(accountId, after, ListQuery.MaxLimit, cancellationToken);
            all.AddRange(page.Items.Select(item => ShieldJson.Read<ProtectionRecord>(item.Json)));
            after = page.NextStartAfter;
        }
        while (after is not null);
        return all;
    }

    private static ItemKey Key(string accountId, string protectionId) => new(ShieldCollections.Protection, accountId, protectionId);
}
