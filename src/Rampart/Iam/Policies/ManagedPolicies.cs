using System.Text.Json;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies;

/// <summary>Reads and writes managed policies: AWS's from <see cref="AwsManagedPolicies"/>, the customer's from the store.</summary>
public sealed class ManagedPolicies(IStore store)
{
    public static ItemKey KeyOf(string accountId, string policyName) =>
        new(PolicyCollections.ManagedPolicy, accountId, policyName.ToUpperInvariant());

    public static ItemKey UsageKeyOf(string accountId, string policyName) =>
        new(PolicyCollections.AwsPolicyUsage, accountId, policyName);

    /// <summary>The policy an ARN names as seen from <paramref name="accountId"/>, or null. Another account's customer
    /// managed policy is never visible.</summary>
    public async ValueTask<ManagedPolicy?> FindAsync(string accountId, string arn, CancellationToken cancellationToken)
    {
        var parsed = PolicyArn.TryParse(arn);
        if (parsed is null)
        {
            return null;
        }
        if (parsed.IsAwsManaged)
        {
            if (AwsManagedPolicies.Find(arn) is not { } aws)
            {
                return null;
            }
            var usage = await store.GetAsync(UsageKeyOf(accountId, aws.PolicyName), cancellationToken);
            return ManagedPolicy.FromAws(
                aws, usage is null ? null : JsonSerializer.Deserialize<PolicyUsageRecord>(usage.Json), usage?.Version ?? StoreWrite.Absent);
        }
        if (parsed.AccountId != accountId)
        {
            return null;
        }
        var item = await store.GetAsync(KeyOf(accountId, parsed.Name), cancellationToken);
        if (item is null)
        {
            return null;
        }
        var record = JsonSerializer.Deserialize<ManagedPolicyRecord>(item.Json)!;
        return record.Arn == arn ? ManagedPolicy.FromRecord(record, item.Version) : null;
    }

    /// <summary>The policy, or IAM's NoSuchEntity for an unknown or malformed ARN.</summary>
    public async ValueTask<ManagedPolicy> GetAsync(string accountId, string arn, CancellationToken cancellationToken)
    {
        PolicyArn.Parse(arn);
        return await FindAsync(accountId, arn, cancellationToken) ?? throw PolicyErrors.PolicyNotFound(arn);
    }

    /// <summary>A customer managed policy for changing: AWS's cannot be changed.</summary>
    public async ValueTask<ManagedPolicy> GetCustomerAsync(string accountId, string arn, CancellationToken cancellationToken)
    {
        var policy = await GetAsync(accountId, arn, cancellationToken);
        return policy.IsAwsManaged ? throw PolicyErrors.AwsManagedUnmodifiable(arn) : policy;
    }

    /// <summary>Changes a customer managed policy's record, reading it again when another writer got there first;
    /// <paramref name="change"/> throws to refuse the change.</summary>
    public ValueTask<ManagedPolicyRecord> UpdateAsync(
        string accountId, string arn, Func<ManagedPolicyRecord, ManagedPolicyRecord> change, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(
            async token =>
            {
                var policy = await GetCustomerAsync(accountId, arn, token);
                var updated = change(policy.Record!);
                await store.PutAsync(KeyOf(accountId, updated.PolicyName), JsonSerializer.Serialize(updated), policy.RecordVersion, token);
                return updated;
            },
            cancellationToken: cancellationToken);

    /// <summary>Writes that add <paramref name="attachments"/> and <paramref name="boundaries"/> (negative to remove) to a
    /// policy's usage counts, checked against the version read.</summary>
    public static StoreWrite CountUsage(string accountId, ManagedPolicy policy, int attachments, int boundaries)
    {
        if (policy.Record is { } record)
        {
            var updated = record with
            {
                AttachmentCount = record.AttachmentCount + attachments,
                PermissionsBoundaryUsageCount = record.PermissionsBoundaryUsageCount + boundaries,
            };
            return new StoreWrite.Put(KeyOf(accountId, record.PolicyName), JsonSerializer.Serialize(updated), policy.RecordVersion);
        }
        var usage = new PolicyUsageRecord(
            policy.PolicyName, policy.AttachmentCount + attachments, policy.PermissionsBoundaryUsageCount + boundaries);
        var key = UsageKeyOf(accountId, policy.PolicyName);
        return usage.AttachmentCount == 0 && usage.PermissionsBoundaryUsageCount == 0
            ? new StoreWrite.Delete(key, policy.RecordVersion)
            : new StoreWrite.Put(key, JsonSerializer.Serialize(usage), policy.RecordVersion);
    }
}
