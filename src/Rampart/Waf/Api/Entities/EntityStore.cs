using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Entities;

/// <summary>
/// Web ACLs, IP sets, regex pattern sets and rule groups in the store, with AWS's rules: names unique per kind and
/// scope, every change guarded by the entity's lock token, references that must exist when written and that keep
/// what they reference from being deleted. Every committed change is announced through <see cref="StoreWebAclSource"/>.
/// </summary>
public sealed class EntityStore(IStore store, StoreWebAclSource webAcls)
{
    public static string KeyOf(WafScope scope, EntityKind kind, string name) => $"{scope.Name}/{kind.ArnSegment}/{name}";

    /// <summary>The entity named by a request's Name, Scope and Id; a wrong Id is no such entity.</summary>
    public async Task<LoadedEntity> GetAsync(CallContext call, EntityKind kind, WafScope scope, string name, string id, CancellationToken cancellationToken) =>
        await FindAsync(call.AccountId, call.Region, kind, scope, name, id, cancellationToken) ?? throw WafErrors.Nonexistent();

    /// <summary>The entity an ARN names, in the caller's account and region; anything else is no such entity.</summary>
    public async Task<LoadedEntity> GetByArnAsync(CallContext call, string arn, EntityKind? kind, CancellationToken cancellationToken)
    {
        var parsed = WafArn.Parse(arn);
        var parsedKind = EntityKind.FromArnSegment(parsed.Kind);
        if (parsedKind is null || (kind is not null && parsedKind != kind))
        {
            throw WafErrors.InvalidParameter("RESOURCE_ARN", arn, WafErrors.Reasons.InvalidFormat);
        }
        if (parsed.AccountId != call.AccountId || parsed.Region != call.Region)
        {
            throw WafErrors.Nonexistent();
        }
        return await FindAsync(parsed.AccountId, parsed.Region, parsedKind, parsed.Scope, parsed.Name, parsed.Id, cancellationToken)
            ?? throw WafErrors.Nonexistent();
    }

    public async Task<LoadedEntity?> FindAsync(string accountId, string region, EntityKind kind, WafScope scope, string name, string id, CancellationToken cancellationToken)
    {
        var key = new ItemKey(WafCollections.Entity, WafCollections.Partition(accountId, region), KeyOf(scope, kind, name));
        var item = await store.GetAsync(key, cancellationToken);
        if (item is null)
        {
            return null;
        }
        var record = WafJson.Read<EntityRecord>(item.Json);
        return record.Id == id ? new LoadedEntity(key, record, item.Version) : null;
    }

    public async Task<LoadedEntity?> FindByArnAsync(string arn, CancellationToken cancellationToken)
    {
        if (WafArn.TryParse(arn) is not { } parsed || EntityKind.FromArnSegment(parsed.Kind) is not { } kind)
        {
            return null;
        }
        return await FindAsync(parsed.AccountId, parsed.Region, kind, parsed.Scope, parsed.Name, parsed.Id, cancellationToken);
    }

    /// <summary>Creates an entity; <paramref name="document"/> holds its settings, to which Name, Id and ARN are added.</summary>
    public async Task<EntityRecord> CreateAsync(
        CallContext call, EntityKind kind, WafScope scope, string name, JsonObject document, IReadOnlyList<WafTag> tags,
        IReadOnlyList<string> references, CancellationToken cancellationToken)
    {
        var partition = WafCollections.Partition(call.AccountId, call.Region);
        var existing = await store.ListAsync(new ListQuery(WafCollections.Entity, partition, $"{scope.Name}/{kind.ArnSegment}/", null, kind.Quota + 1), cancellationToken);
        if (existing.Items.Any(item => item.Key.Key == KeyOf(scope, kind, name)))
        {
            throw WafErrors.Duplicate();
        }
        if (existing.Items.Count >= kind.Quota)
        {
            throw WafErrors.LimitsExceeded();
        }
        var id = Guid.NewGuid().ToString();
        var arn = new WafArn(call.Region, call.AccountId, scope, kind.ArnSegment, name, id).ToString();
        var complete = new JsonObject { ["Name"] = name, ["Id"] = id, ["ARN"] = arn };
        foreach (var (member, value) in document)
        {
            complete[member] = value?.DeepClone();
        }
        var record = new EntityRecord(kind.ArnSegment, scope.Name, name, id, arn, Guid.NewGuid().ToString(), complete, tags, references);
        var key = new ItemKey(WafCollections.Entity, partition, KeyOf(scope, kind, name));
        var writes = new List<StoreWrite> { new StoreWrite.Put(key, WafJson.Write(record), StoreWrite.Absent) };
        writes.AddRange(await ReferenceWritesAsync(call, record, [], cancellationToken));
        await CommitAsync(writes, conflictIsDuplicate: true, cancellationToken);
        return record;
    }

    /// <summary>Replaces an entity's document after checking the caller's lock token; returns the next lock token.</summary>
    public async Task<string> UpdateAsync(CallContext call, LoadedEntity existing, string lockToken, JsonObject document, IReadOnlyList<string> references, CancellationToken cancellationToken)
    {
        CheckLockToken(existing, lockToken);
        var record = existing.Record;
        var complete = new JsonObject { ["Name"] = record.Name, ["Id"] = record.Id, ["ARN"] = record.Arn };
        foreach (var (member, value) in document)
        {
            complete[member] = value?.DeepClone();
        }
        var updated = record with { Document = complete, LockToken = Guid.NewGuid().ToString(), References = references };
        var writes = new List<StoreWrite> { new StoreWrite.Put(existing.Key, WafJson.Write(updated), existing.Version) };
        writes.AddRange(await ReferenceWritesAsync(call, updated, record.References, cancellationToken));
        await CommitAsync(writes, conflictIsDuplicate: false, cancellationToken);
        return updated.LockToken;
    }

    /// <summary>Replaces an entity's bookkeeping (tags, permission policy) without changing its lock token.</summary>
    public async Task ReplaceAsync(LoadedEntity existing, EntityRecord updated, CancellationToken cancellationToken) =>
        await CommitAsync([new StoreWrite.Put(existing.Key, WafJson.Write(updated), existing.Version)], conflictIsDuplicate: false, cancellationToken);

    /// <summary>Deletes an entity that nothing uses, after checking the caller's lock token.</summary>
    public async Task DeleteAsync(LoadedEntity existing, string lockToken, CancellationToken cancellationToken)
    {
        CheckLockToken(existing, lockToken);
        var record = existing.Record;
        var partition = existing.Key.Partition;
        var referencedBy = await store.ListAsync(new ListQuery(WafCollections.Reference, partition, $"{record.Id}/", null, 1), cancellationToken);
        var associations = await store.ListAsync(new ListQuery(WafCollections.AssociationByWebAcl, partition, $"{record.Id}/", null, 1), cancellationToken);
        if (referencedBy.Items.Count > 0 || associations.Items.Count > 0)
        {
            throw WafErrors.Associated();
        }
        var writes = new List<StoreWrite> { new StoreWrite.Delete(existing.Key, existing.Version) };
        writes.AddRange(OutgoingReferenceKeys(partition, record.Id, record.References).Select(key => new StoreWrite.Delete(key)));
        writes.Add(new StoreWrite.Delete(new ItemKey(WafCollections.Logging, partition, $"{record.Scope}/{record.Id}")));
        await CommitAsync(writes, conflictIsDuplicate: false, cancellationToken);
    }

    /// <summary>One page of a kind's entities in a scope, in name order.</summary>
    public async Task<(IReadOnlyList<EntityRecord> Records, string? NextMarker)> ListAsync(
        CallContext call, EntityKind kind, WafScope scope, string? marker, int? limit, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new ListQuery(
            WafCollections.Entity, WafCollections.Partition(call.AccountId, call.Region), $"{scope.Name}/{kind.ArnSegment}/",
            WafMarker.Read(marker), limit ?? WafMarker.DefaultLimit), cancellationToken);
        return ([.. page.Items.Select(item => WafJson.Read<EntityRecord>(item.Json))], WafMarker.Write(page.NextStartAfter));
    }

    /// <summary>Commits writes and announces the change; a version conflict is a duplicate (creation) or a lost race (lock).</summary>
    public async Task CommitAsync(IReadOnlyList<StoreWrite> writes, bool conflictIsDuplicate, CancellationToken cancellationToken)
    {
        try
        {
            await store.CommitAsync(writes, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict)
        {
            if (conflict.Key.Collection == WafCollections.Entity && writes[0].Key != conflict.Key)
            {
                // A referenced entity changed or vanished while this write was prepared.
                throw WafErrors.Nonexistent();
            }
            throw conflictIsDuplicate ? WafErrors.Duplicate() : WafErrors.OptimisticLock();
        }
        webAcls.Committed();
    }

    private static void CheckLockToken(LoadedEntity existing, string lockToken)
    {
        if (existing.Record.LockToken != lockToken)
        {
            throw WafErrors.OptimisticLock();
        }
    }

    /// <summary>Writes the reference index for an entity's new references (each must exist now, checked at commit)
    /// and removes those it no longer has.</summary>
    private async Task<IEnumerable<StoreWrite>> ReferenceWritesAsync(CallContext call, EntityRecord record, IReadOnlyList<string> previous, CancellationToken cancellationToken)
    {
        var partition = WafCollections.Partition(call.AccountId, call.Region);
        var writes = new List<StoreWrite>();
        foreach (var arn in record.References.Distinct(StringComparer.Ordinal))
        {
            var referenced = await FindByArnAsync(arn, cancellationToken);
            if (referenced is null || referenced.Key.Partition != partition || referenced.Record.Scope != record.Scope)
            {
                throw WafErrors.Nonexistent();
            }
            writes.Add(new StoreWrite.Check(referenced.Key, referenced.Version));
            writes.Add(new StoreWrite.Put(ReferenceKey(partition, referenced.Record.Id, record.Id), WafJson.Write(new ReferenceRecord(record.Arn))));
        }
        var gone = previous.Except(record.References, StringComparer.Ordinal).ToList();
        writes.AddRange(OutgoingReferenceKeys(partition, record.Id, gone).Select(key => new StoreWrite.Delete(key)));
        return writes;
    }

    private static IEnumerable<ItemKey> OutgoingReferenceKeys(string partition, string referencingId, IEnumerable<string> arns) =>
        arns.Select(WafArn.TryParse).OfType<WafArn>().Select(arn => ReferenceKey(partition, arn.Id, referencingId)).Distinct();

    private static ItemKey ReferenceKey(string partition, string referencedId, string referencingId) =>
        new(WafCollections.Reference, partition, $"{referencedId}/{referencingId}");
}
