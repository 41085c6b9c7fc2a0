using Rampart.Caching;
using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Policies.Operations;
using Rampart.Organizations.Tree;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Organizations.Policies;

/// <summary>The ARN of a policy for declarations, which are synchronous: an organization's own policy is
/// arn:aws:organizations::MANAGEMENT:policy/o-ID/TYPE/p-ID, one AWS manages arn:aws:organizations::aws:policy/TYPE/p-ID
/// (the Service Authorization Reference's "policy" and "awspolicy" resource types). A policy's type never changes,
/// so its ARN is read once and kept until the policy is deleted. A policy the caller's organization does not hold
/// authorizes on "*"; the handler then answers PolicyNotFoundException.</summary>
public sealed class PolicyArns(IStore store, OrganizationDirectory directory) : ICacheInvalidator
{
    private readonly InvalidatingCache<(string Organization, string Policy), string?> arns = new(change =>
        change.Item is { Collection: PolicyCollections.Policy } item
            ? CacheImpact<(string, string)>.One((item.Partition, item.Key))
            : CacheImpact<(string, string)>.None);

    public IReadOnlyList<string> Of(CallContext call, string policyId) => [Find(call, policyId) ?? "*"];

    /// <summary>The organizations:PolicyType key of an operation on an existing policy, read from its ARN's type segment.</summary>
    public IReadOnlyDictionary<string, ContextValue> TypeKey(CallContext call, string policyId) =>
        PolicyConditionKeys.Of(Find(call, policyId)?.Split('/') is [_, .., var type, _] ? type.ToUpperInvariant() : null);

    private string? Find(CallContext call, string policyId)
    {
        if (AwsManagedPolicy.Find(policyId) is { } managed)
        {
            return managed.Arn;
        }
        if (directory.Find(call.AccountId) is not { } placement)
        {
            return null;
        }
        var lookup = arns.GetOrLoadAsync((placement.OrganizationId, policyId), async (key, token) =>
            await store.GetAsync(PolicyKeys.Policy(key.Organization, key.Policy), token) is { } item
                ? OrgArns.Policy(placement.ManagementAccountId, key.Organization, OrgJson.Read<PolicyRecord>(item.Json).Type, key.Policy)
                : null, CancellationToken.None);
        return lookup.IsCompleted ? lookup.Result : lookup.AsTask().GetAwaiter().GetResult();
    }

    public void Invalidate(StoreChange change) => arns.Invalidate(change);
}
