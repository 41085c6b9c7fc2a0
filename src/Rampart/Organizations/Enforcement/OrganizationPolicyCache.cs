using System.Collections.Frozen;
using System.Text.Json;
using Rampart.Caching;
using Rampart.Organizations.Common;
using Rampart.Organizations.Policies;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Enforcement;

/// <summary>The compiled SCPs and RCPs of every root, OU and account, and the policy types enabled in each
/// organization, read from the store once and kept until a change to them is committed. The policy operations drop
/// what they change as soon as their commit returns (so the very next request on this node sees it); the store's
/// change feed does the same for changes made by other nodes.</summary>
public sealed class OrganizationPolicyCache(IStore store) : ICacheInvalidator
{
    private readonly InvalidatingCache<string, FrozenSet<string>> enabledTypes = new(change =>
        change.Item is { Collection: PolicyCollections.EnabledType } item
            ? CacheImpact<string>.One(item.Partition)
            : CacheImpact<string>.None);

    // A policy's new content may be attached anywhere, so an update drops every level; attachments drop only their target.
    private readonly InvalidatingCache<(string Organization, string Target), TargetLevel> levels = new(change =>
        change.Item switch
        {
            { Collection: PolicyCollections.TargetPolicy or PolicyCollections.DefaultDetached } item =>
                CacheImpact<(string, string)>.One((item.Partition, item.Key[..item.Key.IndexOf('/', StringComparison.Ordinal)])),
            { Collection: PolicyCollections.Policy } => CacheImpact<(string, string)>.All,
            _ => CacheImpact<(string, string)>.None,
        });

    public void Invalidate(StoreChange change)
    {
        enabledTypes.Invalidate(change);
        levels.Invalidate(change);
    }

    /// <summary>Drops what the given committed writes change, at once.</summary>
    public void Invalidate(IEnumerable<StoreWrite> writes)
    {
        foreach (var write in writes)
        {
            Invalidate(new StoreChange(write.Key));
        }
    }

    /// <summary>The policy types enabled in the organization's root.</summary>
    public ValueTask<FrozenSet<string>> EnabledTypesAsync(string organizationId, CancellationToken cancellationToken) =>
        enabledTypes.GetOrLoadAsync(organizationId, LoadEnabledTypesAsync, cancellationToken);

    /// <summary>One level per target on the path (root first): the SCPs or RCPs attached to it; null when the type
    /// is not enabled in the organization.</summary>
    public async ValueTask<IReadOnlyList<IReadOnlyList<CompiledPolicy>>?> LevelsAsync(
        AccountPlacement placement, OrganizationPolicyType type, CancellationToken cancellationToken)
    {
        var (organizationId, targetPath) = (placement.OrganizationId, placement.TargetPath);
        if (!(await EnabledTypesAsync(organizationId, cancellationToken)).Contains(type.Name))
        {
            return null;
        }
        var result = new IReadOnlyList<CompiledPolicy>[targetPath.Count];
        Func<(string, string), CancellationToken, ValueTask<TargetLevel>> load =
            (key, token) => LoadLevelAsync(key, placement.ManagementAccountId, token);
        for (var i = 0; i < result.Length; i++)
        {
            var level = await levels.GetOrLoadAsync((organizationId, targetPath[i]), load, cancellationToken);
            result[i] = type == OrganizationPolicyType.ServiceControl ? level.ServiceControlPolicies : level.ResourceControlPolicies;
        }
        return result;
    }

    private async ValueTask<FrozenSet<string>> LoadEnabledTypesAsync(string organizationId, CancellationToken cancellationToken)
    {
        var types = new List<string>();
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.EnabledType, organizationId, null, cancellationToken))
        {
            types.Add(JsonSerializer.Deserialize<EnabledPolicyTypeRecord>(item.Json)!.Type);
        }
        return types.ToFrozenSet(StringComparer.Ordinal);
    }

    private async ValueTask<TargetLevel> LoadLevelAsync((string Organization, string Target) key, string managementAccountId, CancellationToken cancellationToken)
    {
        var scps = new List<CompiledPolicy>();
        var rcps = new List<CompiledPolicy>();
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.TargetPolicy, key.Organization, key.Target + "/", cancellationToken))
        {
            var attachment = JsonSerializer.Deserialize<AttachmentRecord>(item.Json)!;
            var type = OrganizationPolicyType.Find(attachment.Type);
            if (type?.Kind is not { } kind || await store.GetAsync(new ItemKey(PolicyCollections.Policy, key.Organization, attachment.PolicyId), cancellationToken) is not { } stored)
            {
                continue;
            }
            var policy = JsonSerializer.Deserialize<PolicyRecord>(stored.Json)!;
            // Named by its ARN, which AWS's AccessDenied message quotes when this policy explicitly denies.
            var arn = OrgArns.Policy(managementAccountId, key.Organization, type.Name, policy.Id);
            var compiled = CompiledPolicy.Compile(PolicyParser.Parse(policy.Content, kind, arn));
            (type == OrganizationPolicyType.ServiceControl ? scps : rcps).Add(compiled);
        }
        var fullAccessDetached = await store.GetAsync(
            new ItemKey(PolicyCollections.DefaultDetached, key.Organization, key.Target + "/" + AwsManagedPolicy.FullAwsAccess.Id), cancellationToken);
        if (fullAccessDetached is null)
        {
            scps.Insert(0, AwsManagedPolicy.FullAwsAccess.Compiled);
        }
        rcps.Insert(0, AwsManagedPolicy.RcpFullAwsAccess.Compiled);
        return new TargetLevel(scps, rcps);
    }
}
