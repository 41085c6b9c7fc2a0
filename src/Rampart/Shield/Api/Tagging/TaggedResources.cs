using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.ProtectionGroups;
using Rampart.Shield.Api.Protections;
using Rampart.Storage;

namespace Rampart.Shield.Api.Tagging;

/// <summary>The taggable Shield resources: protections and protection groups of the caller's account, by ARN.</summary>
public sealed class TaggedResources(IStore store)
{
    public async Task<IReadOnlyList<ShieldTag>> TagsAsync(CallContext call, string arn, CancellationToken cancellationToken)
    {
        var (kind, id) = Parse(call, arn);
        return kind == "protection"
            ? (await new ProtectionStore(store).GetAsync(call.AccountId, id, cancellationToken)).Record.Tags
            : (await new ProtectionGroupStore(store).GetAsync(call.AccountId, id, cancellationToken)).Record.Tags;
    }

    public async Task ChangeAsync(CallContext call, string arn, Func<IReadOnlyList<ShieldTag>, IReadOnlyList<ShieldTag>> change, CancellationToken cancellationToken)
    {
        var (kind, id) = Parse(call, arn);
        if (kind == "protection")
        {
            var protections = new ProtectionStore(store);
            var (record, version) = await protections.GetAsync(call.AccountId, id, cancellationToken);
            await protections.ReplaceAsync(call.AccountId, record with { Tags = change(record.Tags) }, version, cancellationToken);
        }
        else
        {
            var groups = new ProtectionGroupStore(store);
            var (record, version) = await groups.GetAsync(call.AccountId, id, cancellationToken);
            await groups.PutAsync(call.AccountId, record with { Tags = change(record.Tags) }, version, cancellationToken);
        }
    }

    private static (string Kind, string Id) Parse(CallContext call, string arn)
    {
        var prefix = $"arn:aws:shield::{call.AccountId}:";
        if (arn.StartsWith(prefix, StringComparison.Ordinal))
        {
            var resource = arn[prefix.Length..].Split('/', 2);
            if (resource is [("protection" or "protection-group") and var kind, { Length: > 0 } id])
            {
                return (kind, id);
            }
        }
        throw ShieldErrors.InvalidResource($"Unrecognized resource '{arn}'.");
    }
}
