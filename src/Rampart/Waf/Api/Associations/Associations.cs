using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Associations;

/// <summary>Which gateway each web ACL protects: one web ACL per resource, at most 100 load balancers per web ACL.</summary>
public sealed class Associations(IStore store, StoreWebAclSource webAcls)
{
    public const int MaxPerWebAcl = 100;

    /// <summary>A resource ARN of the caller's account and region that a web ACL can protect.</summary>
    public static GatewayArn Resource(string arn, CallContext call)
    {
        var resource = GatewayArn.TryParse(arn);
        if (resource is null || resource.AccountId != call.AccountId || resource.Region != call.Region)
        {
            throw WafErrors.InvalidParameter("RESOURCE_ARN", arn, WafErrors.Reasons.InvalidFormat);
        }
        return resource;
    }

    public async Task AssociateAsync(CallContext call, string webAclArn, string resourceArn, CancellationToken cancellationToken)
    {
        var resource = Resource(resourceArn, call);
        var entities = new EntityStore(store, webAcls);
        var webAcl = await entities.GetByArnAsync(call, webAclArn, EntityKind.WebAcl, cancellationToken);
        if (webAcl.Record.Scope != WafScope.Regional.Name)
        {
            throw WafErrors.InvalidParameter("RESOURCE_ARN", resourceArn, WafErrors.Reasons.InvalidScope);
        }
        var partition = webAcl.Key.Partition;
        var current = await store.ListAsync(new ListQuery(WafCollections.AssociationByWebAcl, partition, $"{webAcl.Record.Id}/", null, MaxPerWebAcl + 1), cancellationToken);
        var (key, existing) = await webAcls.FindAssociationAsync(resource, cancellationToken);
        var previous = existing is null ? null : WafJson.Read<AssociationRecord>(existing.Json);
        if (previous?.WebAclId == webAcl.Record.Id)
        {
            return;
        }
        if (current.Items.Count >= MaxPerWebAcl)
        {
            throw WafErrors.LimitsExceeded();
        }
        var record = new AssociationRecord(resource.Value, webAcl.Record.Arn, webAcl.Record.Id);
        var writes = new List<StoreWrite>
        {
            new StoreWrite.Put(key, WafJson.Write(record), existing?.Version ?? StoreWrite.Absent),
            new StoreWrite.Check(webAcl.Key, webAcl.Version),
            new StoreWrite.Put(ReverseKey(partition, webAcl.Record.Id, resource.Value), WafJson.Write(record)),
        };
        if (previous is not null)
        {
            writes.Add(new StoreWrite.Delete(ReverseKey(partition, previous.WebAclId, resource.Value)));
        }
        await entities.CommitAsync(writes, conflictIsDuplicate: false, cancellationToken);
    }

    public async Task DisassociateAsync(CallContext call, string resourceArn, CancellationToken cancellationToken)
    {
        var resource = Resource(resourceArn, call);
        var (key, existing) = await webAcls.FindAssociationAsync(resource, cancellationToken);
        if (existing is null)
        {
            return;
        }
        var previous = WafJson.Read<AssociationRecord>(existing.Json);
        await new EntityStore(store, webAcls).CommitAsync(
            [new StoreWrite.Delete(key, existing.Version), new StoreWrite.Delete(ReverseKey(key.Partition, previous.WebAclId, resource.Value))],
            conflictIsDuplicate: false,
            cancellationToken);
    }

    public async Task<LoadedEntity?> WebAclForAsync(CallContext call, string resourceArn, CancellationToken cancellationToken)
    {
        var (_, existing) = await webAcls.FindAssociationAsync(Resource(resourceArn, call), cancellationToken);
        return existing is null
            ? null
            : await new EntityStore(store, webAcls).FindByArnAsync(WafJson.Read<AssociationRecord>(existing.Json).WebAclArn, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ResourcesOfAsync(LoadedEntity webAcl, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new ListQuery(WafCollections.AssociationByWebAcl, webAcl.Key.Partition, $"{webAcl.Record.Id}/", null, MaxPerWebAcl), cancellationToken);
        return [.. page.Items.Select(item => WafJson.Read<AssociationRecord>(item.Json).ResourceArn)];
    }

    private static ItemKey ReverseKey(string partition, string webAclId, string resourceArn) =>
        new(WafCollections.AssociationByWebAcl, partition, $"{webAclId}/{resourceArn}");
}
