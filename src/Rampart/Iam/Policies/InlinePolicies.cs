using System.Text.Json;
using Rampart.Iam.Common;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies;

/// <summary>Inline policies of users, groups and roles, under IAM's aggregate size quota per holder.</summary>
public sealed class InlinePolicies(IStore store)
{
    public static ItemKey KeyOf(string accountId, string holderId, string policyName) =>
        new(PolicyCollections.InlinePolicy, accountId, holderId + "/" + policyName);

    /// <summary>The quota on all inline policies of one holder together.</summary>
    public static PolicySizeQuota QuotaOf(HolderKind kind) => kind switch
    {
        HolderKind.User => PolicySizeQuota.UserInlinePolicies,
        HolderKind.Group => PolicySizeQuota.GroupInlinePolicies,
        _ => PolicySizeQuota.RoleInlinePolicies,
    };

    /// <summary>Adds or replaces an inline policy. The holder is read again on every attempt: the commit requires it unchanged.</summary>
    public async ValueTask PutAsync(string accountId, HolderKind kind, string holderName, string policyName, string document, CancellationToken cancellationToken)
    {
        var quota = QuotaOf(kind);
        var first = await new HolderRecords(store).RequireAsync(accountId, kind, holderName, cancellationToken);
        try
        {
            PolicyDocuments.Parse(document, $"{first.Arn} inline {policyName}", quota);
        }
        catch (Protocol.AwsException e) when (e.Error.Code == "LimitExceeded")
        {
            throw PolicyErrors.InlineTooLarge(kind, first.Name, quota.Limit);
        }
        var size = quota.Measure(document);
        await StoreRetry.RunAsync(
            async token =>
            {
                var holder = await new HolderRecords(store).RequireAsync(accountId, kind, holderName, token);
                var key = KeyOf(holder.AccountId, holder.Id, policyName);
                var existing = await store.GetAsync(key, token);
                var replaced = existing is null ? null : JsonSerializer.Deserialize<InlinePolicyRecord>(existing.Json);
                var (counts, version) = await HolderPolicyCounts.ReadAsync(store, holder.AccountId, holder.Id, token);
                var total = counts.InlineSize - (replaced?.Size ?? 0) + size;
                if (total > quota.Limit)
                {
                    throw PolicyErrors.InlineTooLarge(holder.Kind, holder.Name, quota.Limit);
                }
                var updated = counts with { InlineSize = total, InlineCount = counts.InlineCount + (replaced is null ? 1 : 0) };
                await store.CommitAsync(
                [
                    holder.StillExists,
                    new StoreWrite.Put(key, JsonSerializer.Serialize(new InlinePolicyRecord(holder.Kind, holder.Id, policyName, document, size)), existing?.Version ?? StoreWrite.Absent),
                    HolderPolicyCounts.Write(holder.AccountId, holder.Id, updated, version),
                ], token);
                return 0;
            },
            cancellationToken: cancellationToken);
    }

    public async ValueTask<InlinePolicyRecord> GetAsync(PolicyHolder holder, string policyName, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(holder.AccountId, holder.Id, policyName), cancellationToken) is { } item
            ? JsonSerializer.Deserialize<InlinePolicyRecord>(item.Json)!
            : throw PolicyErrors.InlineNotFound(holder.Kind, policyName);

    public async ValueTask DeleteAsync(PolicyHolder holder, string policyName, CancellationToken cancellationToken) =>
        await StoreRetry.RunAsync(
            async token =>
            {
                var key = KeyOf(holder.AccountId, holder.Id, policyName);
                var existing = await store.GetAsync(key, token) ?? throw PolicyErrors.InlineNotFound(holder.Kind, policyName);
                var removed = JsonSerializer.Deserialize<InlinePolicyRecord>(existing.Json)!;
                var (counts, version) = await HolderPolicyCounts.ReadAsync(store, holder.AccountId, holder.Id, token);
                var updated = counts with { InlineSize = counts.InlineSize - removed.Size, InlineCount = counts.InlineCount - 1 };
                await store.CommitAsync(
                [
                    new StoreWrite.Delete(key, existing.Version),
                    HolderPolicyCounts.Write(holder.AccountId, holder.Id, updated, version),
                ], token);
                return 0;
            },
            cancellationToken: cancellationToken);

    /// <summary>One page of a holder's inline policy names, in name order.</summary>
    public async ValueTask<IamPage<string>> ListNamesAsync(PolicyHolder holder, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, PolicyCollections.InlinePolicy, holder.AccountId, holder.Id + "/", marker, maxItems, cancellationToken);
        return page.Map<StoredItem, string>([.. page.Items.Select(i => JsonSerializer.Deserialize<InlinePolicyRecord>(i.Json)!.PolicyName)]);
    }

    /// <summary>Every inline policy of a holder (bounded by the aggregate size quota).</summary>
    public async ValueTask<IReadOnlyList<InlinePolicyRecord>> OfHolderAsync(string accountId, string holderId, CancellationToken cancellationToken)
    {
        var all = new List<InlinePolicyRecord>();
        await foreach (var item in IamPaging.AllAsync(store, PolicyCollections.InlinePolicy, accountId, holderId + "/", cancellationToken))
        {
            all.Add(JsonSerializer.Deserialize<InlinePolicyRecord>(item.Json)!);
        }
        return all;
    }
}
