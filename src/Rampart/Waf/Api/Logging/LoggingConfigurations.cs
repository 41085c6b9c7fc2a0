using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Logging;

/// <summary>
/// Where each web ACL's logs go, one configuration per web ACL, stored in the LoggingConfiguration shape under
/// <see cref="WafCollections.Logging"/> (partition account/region, key "SCOPE/webAclId"); the gateway reads it to
/// write AWS WAF's log records.
/// </summary>
public sealed class LoggingConfigurations(IStore store, StoreWebAclSource webAcls)
{
    /// <summary>The fields AWS lets a configuration redact.</summary>
    private static readonly HashSet<string> RedactableFields = ["UriPath", "QueryString", "SingleHeader", "Method"];

    public async Task<JsonObject> PutAsync(CallContext call, JsonObject configuration, CancellationToken cancellationToken)
    {
        var webAcl = await WebAclAsync(call, configuration["ResourceArn"]?.GetValue<string>() ?? "", cancellationToken);
        var destinations = configuration["LogDestinationConfigs"] as JsonArray ?? [];
        if (destinations.Count != 1)
        {
            throw WafErrors.InvalidParameter("LOG_DESTINATION", "LogDestinationConfigs", WafErrors.Reasons.ExactlyOne);
        }
        var destination = destinations[0]!.GetValue<string>();
        if (!IsWafLogDestination(destination))
        {
            throw WafErrors.InvalidParameter("LOG_DESTINATION", destination, WafErrors.Reasons.InvalidFormat);
        }
        foreach (var field in (configuration["RedactedFields"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var set = field.Where(member => member.Value is not null).Select(member => member.Key).ToList();
            if (set.Count != 1 || !RedactableFields.Contains(set[0]))
            {
                throw WafErrors.InvalidParameter("FIELD_TO_MATCH", "RedactedFields", WafErrors.Reasons.Unsupported);
            }
        }
        var stored = (JsonObject)configuration.DeepClone();
        stored["ResourceArn"] = webAcl.Record.Arn;
        stored["ManagedByFirewallManager"] = false;
        stored["LogType"] ??= "WAF_LOGS";
        stored["LogScope"] ??= "CUSTOMER";
        await new EntityStore(store, webAcls).CommitAsync(
            [new StoreWrite.Put(Key(webAcl), stored.ToJsonString()), new StoreWrite.Check(webAcl.Key, webAcl.Version)],
            conflictIsDuplicate: false,
            cancellationToken);
        return stored;
    }

    public async Task<JsonObject> GetAsync(CallContext call, string webAclArn, CancellationToken cancellationToken)
    {
        var webAcl = await WebAclAsync(call, webAclArn, cancellationToken);
        var item = await store.GetAsync(Key(webAcl), cancellationToken) ?? throw WafErrors.Nonexistent();
        return JsonNode.Parse(item.Json)!.AsObject();
    }

    public async Task DeleteAsync(CallContext call, string webAclArn, CancellationToken cancellationToken)
    {
        var webAcl = await WebAclAsync(call, webAclArn, cancellationToken);
        var item = await store.GetAsync(Key(webAcl), cancellationToken) ?? throw WafErrors.Nonexistent();
        await new EntityStore(store, webAcls).CommitAsync([new StoreWrite.Delete(item.Key, item.Version)], conflictIsDuplicate: false, cancellationToken);
    }

    public async Task<(IReadOnlyList<JsonObject> Configurations, string? NextMarker)> ListAsync(CallContext call, WafScope scope, string? marker, int? limit, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new ListQuery(
            WafCollections.Logging, WafCollections.Partition(call.AccountId, call.Region), $"{scope.Name}/", WafMarker.Read(marker), limit ?? WafMarker.DefaultLimit), cancellationToken);
        return ([.. page.Items.Select(item => JsonNode.Parse(item.Json)!.AsObject())], WafMarker.Write(page.NextStartAfter));
    }

    /// <summary>AWS WAF logs only to destinations named with the aws-waf-logs- prefix: a Firehose delivery stream,
    /// a CloudWatch Logs log group or an S3 bucket.</summary>
    private static bool IsWafLogDestination(string arn)
    {
        var fields = arn.Split(':', 6);
        if (fields.Length != 6 || fields[0] != "arn")
        {
            return false;
        }
        var resource = fields[5];
        return fields[2] switch
        {
            "firehose" => resource.StartsWith("deliverystream/aws-waf-logs-", StringComparison.Ordinal),
            "logs" => resource.StartsWith("log-group:aws-waf-logs-", StringComparison.Ordinal),
            "s3" => resource.StartsWith("aws-waf-logs-", StringComparison.Ordinal),
            _ => false,
        };
    }

    private async Task<LoadedEntity> WebAclAsync(CallContext call, string arn, CancellationToken cancellationToken) =>
        await new EntityStore(store, webAcls).GetByArnAsync(call, arn, EntityKind.WebAcl, cancellationToken);

    private static ItemKey Key(LoadedEntity webAcl) =>
        new(WafCollections.Logging, webAcl.Key.Partition, $"{webAcl.Record.Scope}/{webAcl.Record.Id}");
}
