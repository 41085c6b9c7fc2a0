using System.Text.Json;
using Rampart.Caching;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Associations;

/// <summary>
/// The web ACLs in force for gateways, read from the store and cached per resource until WAFv2 state changes, on
/// this node (announced by <see cref="Committed"/> as soon as a change commits) or on another (the store's change
/// notifications).
/// </summary>
public sealed class StoreWebAclSource(IStore store) : IWebAclSource, ICacheInvalidator
{
    private readonly InvalidatingCache<string, WebAclSnapshot?> snapshots = new(change =>
        change.Item!.Collection.StartsWith(WafCollections.Prefix, StringComparison.Ordinal)
            ? CacheImpact<string>.All
            : CacheImpact<string>.None);

    public event Action? Changed;

    public ValueTask<WebAclSnapshot?> FindForResourceAsync(string resourceArn, CancellationToken cancellationToken) =>
        snapshots.GetOrLoadAsync(resourceArn, LoadAsync, cancellationToken);

    /// <summary>Called after every committed WAFv2 change on this node, so the next request sees it.</summary>
    public void Committed()
    {
        snapshots.Invalidate(StoreChange.Everything);
        Changed?.Invoke();
    }

    public void Invalidate(StoreChange change)
    {
        if (change.IsEverything || change.Item!.Collection.StartsWith(WafCollections.Prefix, StringComparison.Ordinal))
        {
            snapshots.Invalidate(change);
            Changed?.Invoke();
        }
    }

    /// <summary>The association of a resource, if any.</summary>
    public async Task<(ItemKey Key, StoredItem? Item)> FindAssociationAsync(GatewayArn resource, CancellationToken cancellationToken)
    {
        var key = new ItemKey(WafCollections.Association, WafCollections.Partition(resource.AccountId, resource.Region), resource.Value);
        return (key, await store.GetAsync(key, cancellationToken));
    }

    private async ValueTask<WebAclSnapshot?> LoadAsync(string resourceArn, CancellationToken cancellationToken)
    {
        if (GatewayArn.TryParse(resourceArn) is not { } resource || (await FindAssociationAsync(resource, cancellationToken)).Item is not { } item)
        {
            return null;
        }
        var entities = new EntityStore(store, this);
        var webAcl = await entities.FindByArnAsync(WafJson.Read<AssociationRecord>(item.Json).WebAclArn, cancellationToken);
        if (webAcl is null)
        {
            return null;
        }
        var found = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var pending = new Queue<string>(webAcl.Record.References);
        while (pending.TryDequeue(out var arn))
        {
            if (!found.ContainsKey(arn) && await entities.FindByArnAsync(arn, cancellationToken) is { } referenced)
            {
                found[arn] = referenced.Record;
                foreach (var next in referenced.Record.References)
                {
                    pending.Enqueue(next);
                }
            }
        }
        return new WebAclSnapshot(
            Element(webAcl.Record),
            Of(found, EntityKind.IpSet),
            Of(found, EntityKind.RegexPatternSet),
            Of(found, EntityKind.RuleGroup));
    }

    private static Dictionary<string, JsonElement> Of(Dictionary<string, EntityRecord> found, EntityKind kind) =>
        found.Values.Where(record => record.Kind == kind.ArnSegment).ToDictionary(record => record.Arn, Element, StringComparer.Ordinal);

    private static JsonElement Element(EntityRecord record) => JsonSerializer.SerializeToElement(record.Document);
}
