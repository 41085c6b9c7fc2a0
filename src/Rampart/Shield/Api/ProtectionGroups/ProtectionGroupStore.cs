using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Protections;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>Protection groups by ID.</summary>
public sealed class ProtectionGroupStore(IStore store)
{
    public async Task<(ProtectionGroupRecord Record, long Version)> GetAsync(string accountId, string id, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(Key(accountId, id), cancellationToken) ?? throw ShieldErrors.NotFound("protection group");
        return (ShieldJson.Read<ProtectionGroupRecord>(item.Json), item.Version);
    }

    public async Task<ProtectionGroupRecord?> FindAsync(string accountId, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(accountId, id), cancellationToken) is { } item ? ShieldJson.Read<ProtectionGroupRecord>(item.Json) : null;

    public async Task PutAsync(string accountId, ProtectionGroupRecord record, long expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await store.PutAsync(Key(accountId, record.ProtectionGroupId), ShieldJson.Write(record), expectedVersion, cancellationToken);
        }
        catch (ConcurrencyConflictException) when (expectedVersion == StoreWrite.Absent)
        {
            throw ShieldErrors.AlreadyExists("protection group");
        }
        catch (ConcurrencyConflictException)
        {
            throw new Protocol.AwsException("OptimisticLockException", "The protection group was changed by another request; retry.");
        }
    }

    public async Task DeleteAsync(string accountId, string id, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(Key(accountId, id), cancellationToken: cancellationToken))
        {
            throw ShieldErrors.NotFound("protection group");
        }
    }

    public Task<long> CountAsync(string accountId, CancellationToken cancellationToken) =>
        store.CountAsync(ShieldCollections.ProtectionGroup, accountId, cancellationToken).AsTask();

    public async Task<ItemPage> ListAsync(string accountId, string? startAfter, int limit, CancellationToken cancellationToken) =>
        await store.ListAsync(new ListQuery(ShieldCollections.ProtectionGroup, accountId, null, startAfter, limit), cancellationToken);

    /// <summary>The resources in a group: its members, or the protected resources its pattern selects.</summary>
    public async Task<IReadOnlyList<string>> ResourcesOfAsync(string accountId, ProtectionGroupRecord group, CancellationToken cancellationToken)
    {
        if (group.Pattern == "ARBITRARY")
        {
            return group.Members;
        }
        var protections = await new ProtectionStore(store).AllAsync(accountId, cancellationToken);
        return [.. protections.Where(p => group.Pattern == "ALL" || p.ResourceType == group.ResourceType).Select(p => p.ResourceArn)];
    }

    /// <summary>The ProtectionGroup shape.</summary>
    public async Task<object> DescribeAsync(string accountId, ProtectionGroupRecord group, CancellationToken cancellationToken) => new
    {
        group.ProtectionGroupId,
        group.Aggregation,
        group.Pattern,
        group.ResourceType,
        Members = await ResourcesOfAsync(accountId, group, cancellationToken),
        group.ProtectionGroupArn,
    };

    private static ItemKey Key(string accountId, string id) => new(ShieldCollections.ProtectionGroup, accountId, id);
}
