using System.Collections.Frozen;
using System.Text.Json;
using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies.Enforcement;

/// <summary>The identity policies and permissions boundary of IAM users: the user's inline and attached managed
/// policies (default versions) and those of each of its groups. Everything is compiled once and cached by the entity
/// it belongs to, and dropped when the store reports a change to it, so authorizing costs a few dictionary lookups
/// whatever the number of users and policies in the account.</summary>
public sealed class IamPolicySource(IStore store) : IPrincipalPolicySource, ICacheInvalidator
{
    private static readonly FrozenDictionary<string, SourcedPolicy> AwsManaged = AwsManagedPolicies.All.ToFrozenDictionary(
        p => p.Arn,
        p => new SourcedPolicy(
            CompiledPolicy.Compile(PolicyParser.Parse(p.Document, PolicyKind.Identity, p.Arn, PolicySizeQuota.ManagedPolicy)),
            p.PolicyName,
            PolicySourceType.AwsManaged));

    private readonly InvalidatingCache<(string Account, string HolderId), HolderPolicySet> holders = new(change =>
        change.Item is { Collection: PolicyCollections.Attachment or PolicyCollections.InlinePolicy } item
            ? CacheImpact<(string, string)>.One((item.Partition, item.Key[..item.Key.IndexOf('/', StringComparison.Ordinal)]))
            : CacheImpact<(string, string)>.None);

    private readonly InvalidatingCache<(string Account, string NameKey), CustomerPolicy?> customerPolicies = new(change =>
        change.Item is { Collection: PolicyCollections.ManagedPolicy } item
            ? CacheImpact<(string, string)>.One((item.Partition, item.Key))
            : CacheImpact<(string, string)>.None);

    private readonly InvalidatingCache<(string Account, string UserId), IReadOnlyList<string>> memberships = new(change =>
        change.Item is { Collection: IamCollections.UserGroup } item
            ? CacheImpact<(string, string)>.One((item.Partition, item.Key[..Math.Max(0, item.Key.IndexOf('/', StringComparison.Ordinal))]))
            : CacheImpact<(string, string)>.None);

    private readonly InvalidatingCache<(string Account, string UserNameKey), string?> userBoundaries = new(change =>
        change.Item is { Collection: IamCollections.User } item
            ? CacheImpact<(string, string)>.One((item.Partition, item.Key))
            : CacheImpact<(string, string)>.None);

    public void Invalidate(StoreChange change)
    {
        holders.Invalidate(change);
        customerPolicies.Invalidate(change);
        memberships.Invalidate(change);
        userBoundaries.Invalidate(change);
    }

    public async ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken)
    {
        if (caller.Type != PrincipalType.User || caller.UserName is not { } userName)
        {
            return found;
        }
        var user = await UserPoliciesAsync(caller.AccountId, caller.UserId, userName, cancellationToken);
        if (user.Identity.Count == 0 && user.Boundary is null)
        {
            return found;
        }
        return found with
        {
            Identity = found.Identity.Count == 0 ? [.. user.Identity.Select(p => p.Policy)] : [.. found.Identity, .. user.Identity.Select(p => p.Policy)],
            PermissionsBoundary = user.Boundary?.Policy ?? found.PermissionsBoundary,
        };
    }

    /// <summary>A user's identity policies (its own, then each group's) and its boundary, each with its source.</summary>
    public async ValueTask<(IReadOnlyList<SourcedPolicy> Identity, SourcedPolicy? Boundary)> UserPoliciesAsync(
        string accountId, string userId, string userName, CancellationToken cancellationToken)
    {
        var identity = new List<SourcedPolicy>();
        await AddHolderAsync(identity, accountId, userId, cancellationToken);
        foreach (var groupId in await memberships.GetOrLoadAsync((accountId, userId), LoadGroupsAsync, cancellationToken))
        {
            await AddHolderAsync(identity, accountId, groupId, cancellationToken);
        }
        var boundaryArn = await userBoundaries.GetOrLoadAsync((accountId, IamName.Key(userName)), LoadBoundaryAsync, cancellationToken);
        var boundary = boundaryArn is null ? null : await ManagedAsync(accountId, boundaryArn, cancellationToken);
        return (identity, boundary);
    }

    /// <summary>The policies of one user, group or role: inline ones, then attached managed ones.</summary>
    public async ValueTask AddHolderAsync(List<SourcedPolicy> into, string accountId, string holderId, CancellationToken cancellationToken)
    {
        var set = await holders.GetOrLoadAsync((accountId, holderId), LoadHolderAsync, cancellationToken);
        into.AddRange(set.Inline);
        foreach (var arn in set.AttachedArns)
        {
            if (await ManagedAsync(accountId, arn, cancellationToken) is { } policy)
            {
                into.Add(policy);
            }
        }
    }

    /// <summary>The default version of a managed policy, compiled; null when the account cannot see it.</summary>
    public async ValueTask<SourcedPolicy?> ManagedAsync(string accountId, string arn, CancellationToken cancellationToken)
    {
        if (AwsManaged.TryGetValue(arn, out var aws))
        {
            return aws;
        }
        if (PolicyArn.TryParse(arn) is not { IsAwsManaged: false } parsed || parsed.AccountId != accountId)
        {
            return null;
        }
        var customer = await customerPolicies.GetOrLoadAsync((accountId, IamName.Key(parsed.Name)), LoadCustomerAsync, cancellationToken);
        return customer is not null && customer.Arn == arn ? customer.Default : null;
    }

    private async ValueTask<HolderPolicySet> LoadHolderAsync((string Account, string HolderId) key, CancellationToken cancellationToken)
    {
        var inline = await new InlinePolicies(store).OfHolderAsync(key.Account, key.HolderId, cancellationToken);
        var attached = await new PolicyAttachments(store).OfHolderAsync(key.Account, key.HolderId, cancellationToken);
        if (inline.Count == 0 && attached.Count == 0)
        {
            return HolderPolicySet.Empty;
        }
        return new HolderPolicySet(
            [.. inline.Select(p => new SourcedPolicy(
                CompiledPolicy.Compile(PolicyParser.Parse(
                    p.Document, PolicyKind.Identity, InlineName(p), InlinePolicies.QuotaOf(p.HolderKind))),
                p.PolicyName,
                PolicySourceType.Of(p.HolderKind)))],
            [.. attached.Select(a => a.PolicyArn)]);
    }

    private async ValueTask<CustomerPolicy?> LoadCustomerAsync((string Account, string NameKey) key, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(new ItemKey(PolicyCollections.ManagedPolicy, key.Account, key.NameKey), cancellationToken);
        if (item is null)
        {
            return null;
        }
        var record = JsonSerializer.Deserialize<ManagedPolicyRecord>(item.Json)!;
        var document = PolicyParser.Parse(record.DefaultVersion.Document, PolicyKind.Identity, record.Arn, PolicySizeQuota.ManagedPolicy);
        return new CustomerPolicy(record.Arn, new SourcedPolicy(CompiledPolicy.Compile(document), record.PolicyName, PolicySourceType.UserManaged));
    }

    private async ValueTask<IReadOnlyList<string>> LoadGroupsAsync((string Account, string UserId) key, CancellationToken cancellationToken)
    {
        var groupIds = new List<string>();
        var prefix = key.UserId + "/";
        await foreach (var item in IamPaging.AllAsync(store, IamCollections.UserGroup, key.Account, prefix, cancellationToken))
        {
            groupIds.Add(item.Key.Key[prefix.Length..]);
        }
        return groupIds;
    }

    private async ValueTask<string?> LoadBoundaryAsync((string Account, string UserNameKey) key, CancellationToken cancellationToken) =>
        (await new UserDirectory(store).FindAsync(key.Account, key.UserNameKey, cancellationToken))?.User.PermissionsBoundaryArn;

    /// <summary>A name unique among all of a caller's policies (a user and its groups may each have an inline policy
    /// of the same name), so explanations can be traced back to their source.</summary>
    private static string InlineName(InlinePolicyRecord policy) =>
        $"{PolicySourceType.Of(policy.HolderKind)}/{policy.HolderId}/{policy.PolicyName}";

    private sealed record CustomerPolicy(string Arn, SourcedPolicy Default);
}
