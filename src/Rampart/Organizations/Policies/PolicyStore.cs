using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies;

/// <summary>Reads policies, attachments and enabled types, and commits changes to them, dropping the enforcement
/// cache's copies as soon as a commit returns so that the very next request is judged by the new state.</summary>
public sealed class PolicyStore(IStore store, OrganizationPolicyCache cache)
{
    public IStore Store => store;

    public async ValueTask<IReadOnlyList<long>> CommitAsync(IReadOnlyList<StoreWrite> writes, CancellationToken cancellationToken)
    {
        var versions = await store.CommitAsync(writes, cancellationToken);
        cache.Invalidate(writes);
        return versions;
    }

    public async ValueTask<Stored<PolicyRecord>?> FindStoredAsync(string organizationId, string policyId, CancellationToken cancellationToken) =>
        await store.GetAsync(PolicyKeys.Policy(organizationId, policyId), cancellationToken) is { } item
            ? new(OrgJson.Read<PolicyRecord>(item.Json), item.Version)
            : null;

    /// <summary>A policy of the organization or one AWS manages; PolicyNotFoundException otherwise.</summary>
    public async ValueTask<OrganizationPolicy> RequireAsync(OrganizationRecord organization, string policyId, CancellationToken cancellationToken)
    {
        if (AwsManagedPolicy.Find(policyId) is { } managed)
        {
            return OrganizationPolicy.Of(managed);
        }
        return await FindStoredAsync(organization.Id, policyId, cancellationToken) is { Record: var record }
            ? OrganizationPolicy.Of(organization, record)
            : throw PolicyErrors.PolicyNotFound();
    }

    public async ValueTask<bool> IsEnabledAsync(OrganizationRecord organization, OrganizationPolicyType type, CancellationToken cancellationToken) =>
        await store.GetAsync(PolicyKeys.EnabledType(organization.Id, organization.RootId, type), cancellationToken) is not null;

    /// <summary>The policies attached to the target by AttachPolicy, each with its store version, in attachment order.</summary>
    public async ValueTask<IReadOnlyList<Stored<AttachmentRecord>>> ExplicitAsync(string organizationId, string targetId, CancellationToken cancellationToken)
    {
        var attachments = new List<Stored<AttachmentRecord>>();
        await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.TargetPolicy, organizationId, targetId + "/", cancellationToken))
        {
            attachments.Add(new(OrgJson.Read<AttachmentRecord>(item.Json), item.Version));
        }
        return [.. attachments.OrderBy(a => a.Record.AttachedAt)];
    }

    /// <summary>The write that serializes changes to one target's policies of one type: it fails the commit when
    /// another attach or detach of that type on that target committed since this one read its state.</summary>
    public async ValueTask<StoreWrite> GuardAsync(string organizationId, string targetId, OrganizationPolicyType type, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var key = PolicyKeys.TargetTypeGuard(organizationId, targetId, type);
        var current = await store.GetAsync(key, cancellationToken);
        return new StoreWrite.Put(key, OrgJson.Write(new TargetTypeGuardRecord(time)), current?.Version ?? StoreWrite.Absent);
    }

    /// <summary>Whether the type's AWS managed default policy is attached to the target: always while the type is
    /// enabled, unless it was detached from it.</summary>
    public async ValueTask<bool> HasDefaultAsync(OrganizationRecord organization, AwsManagedPolicy policy, string targetId, CancellationToken cancellationToken) =>
        await IsEnabledAsync(organization, policy.Type, cancellationToken)
        && await store.GetAsync(PolicyKeys.DefaultDetached(organization.Id, targetId, policy.Id), cancellationToken) is null;

    /// <summary>The writes that detach every policy from a root, OU or account that leaves the organization (an
    /// account removed or leaving, an OU deleted), so that nothing of it survives should the ID return.</summary>
    public async ValueTask<IReadOnlyList<StoreWrite>> ForgetTargetAsync(string organizationId, string targetId, CancellationToken cancellationToken)
    {
        var writes = new List<StoreWrite>();
        foreach (var attachment in await ExplicitAsync(organizationId, targetId, cancellationToken))
        {
            writes.Add(new StoreWrite.Delete(PolicyKeys.ByTarget(organizationId, targetId, attachment.Record.PolicyId)));
            writes.Add(new StoreWrite.Delete(PolicyKeys.ByPolicy(organizationId, attachment.Record.PolicyId, targetId)));
        }
        foreach (var collection in new[] { PolicyCollections.DefaultDetached, PolicyCollections.TargetTypeGuard })
        {
            await foreach (var item in OrgPaging.AllAsync(store, collection, organizationId, targetId + "/", cancellationToken))
            {
                writes.Add(new StoreWrite.Delete(item.Key));
            }
        }
        return writes;
    }

    /// <summary>The policies of one type attached directly to a target: the AWS managed default first, then the others in attachment order.</summary>
    public async ValueTask<IReadOnlyList<OrganizationPolicy>> AttachedAsync(
        OrganizationRecord organization, string targetId, OrganizationPolicyType type, CancellationToken cancellationToken)
    {
        var policies = new List<OrganizationPolicy>();
        if (AwsManagedPolicy.DefaultOf(type) is { } managed && await HasDefaultAsync(organization, managed, targetId, cancellationToken))
        {
            policies.Add(OrganizationPolicy.Of(managed));
        }
        foreach (var attachment in await ExplicitAsync(organization.Id, targetId, cancellationToken))
        {
            if (attachment.Record.Type == type.Name && await FindStoredAsync(organization.Id, attachment.Record.PolicyId, cancellationToken) is { Record: var record })
            {
                policies.Add(OrganizationPolicy.Of(organization, record));
            }
        }
        return policies;
    }
}
