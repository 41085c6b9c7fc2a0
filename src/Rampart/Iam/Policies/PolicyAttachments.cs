using System.Text.Json;
using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies;

/// <summary>Attaches managed policies to users, groups and roles, and lists who uses what.</summary>
public sealed class PolicyAttachments(IStore store)
{
    /// <summary>IAM's default quota of managed policies per user, group and role.</summary>
    public const int MaxPerHolder = 10;

    public static ItemKey KeyOf(string accountId, string holderId, string policyArn) =>
        new(PolicyCollections.Attachment, accountId, holderId + "/" + policyArn);

    /// <summary>Key under the policy: ARN, a space (never in an ARN), "P" for a permissions policy or "B" for a
    /// permissions boundary, and the holder's ID.</summary>
    public static ItemKey EntityKeyOf(string accountId, string policyArn, bool boundary, string holderId) =>
        new(PolicyCollections.AttachedEntity, accountId, EntityPrefix(policyArn, boundary) + holderId);

    public static string EntityPrefix(string policyArn, bool? boundary) =>
        policyArn + " " + (boundary switch { true => "B ", false => "P ", null => "" });

    /// <summary>Attaches a policy; attaching one that is already attached changes nothing, as in IAM. The holder is
    /// read again on every attempt: the commit requires it unchanged.</summary>
    public async ValueTask AttachAsync(string accountId, HolderKind kind, string holderName, string policyArn, CancellationToken cancellationToken)
    {
        var policies = new ManagedPolicies(store);
        await StoreRetry.RunAsync(
            async token =>
            {
                var holder = await new HolderRecords(store).RequireAsync(accountId, kind, holderName, token);
                var policy = await policies.FindAsync(holder.AccountId, policyArn, token) ?? throw PolicyErrors.NotAttachable(policyArn);
                var key = KeyOf(holder.AccountId, holder.Id, policy.Arn);
                if (await store.GetAsync(key, token) is not null)
                {
                    return 0;
                }
                var (counts, version) = await HolderPolicyCounts.ReadAsync(store, holder.AccountId, holder.Id, token);
                if (counts.AttachedCount >= MaxPerHolder)
                {
                    throw PolicyErrors.TooManyAttachments(holder.Kind, MaxPerHolder);
                }
                var json = JsonSerializer.Serialize(new AttachmentRecord(policy.Arn, policy.PolicyName, policy.Path, holder.Kind, holder.Id));
                await store.CommitAsync(
                [
                    holder.StillExists,
                    new StoreWrite.Put(key, json, StoreWrite.Absent),
                    new StoreWrite.Put(EntityKeyOf(holder.AccountId, policy.Arn, false, holder.Id), json, StoreWrite.Absent),
                    HolderPolicyCounts.Write(holder.AccountId, holder.Id, counts with { AttachedCount = counts.AttachedCount + 1 }, version),
                    ManagedPolicies.CountUsage(holder.AccountId, policy, 1, 0),
                ], token);
                return 1;
            },
            cancellationToken: cancellationToken);
    }

    public async ValueTask DetachAsync(PolicyHolder holder, string policyArn, CancellationToken cancellationToken)
    {
        var policies = new ManagedPolicies(store);
        await StoreRetry.RunAsync(
            async token =>
            {
                var key = KeyOf(holder.AccountId, holder.Id, policyArn);
                var attachment = await store.GetAsync(key, token) ?? throw PolicyErrors.NotAttached(policyArn);
                var policy = await policies.FindAsync(holder.AccountId, policyArn, token) ?? throw PolicyErrors.NotAttached(policyArn);
                var (counts, version) = await HolderPolicyCounts.ReadAsync(store, holder.AccountId, holder.Id, token);
                await store.CommitAsync(
                [
                    new StoreWrite.Delete(key, attachment.Version),
                    new StoreWrite.Delete(EntityKeyOf(holder.AccountId, policyArn, false, holder.Id)),
                    HolderPolicyCounts.Write(holder.AccountId, holder.Id, counts with { AttachedCount = counts.AttachedCount - 1 }, version),
                    ManagedPolicies.CountUsage(holder.AccountId, policy, -1, 0),
                ], token);
                return 0;
            },
            cancellationToken: cancellationToken);
    }

    /// <summary>Every policy attached to a holder (at most <see cref="MaxPerHolder"/>), ordered by ARN.</summary>
    public async ValueTask<IReadOnlyList<AttachmentRecord>> OfHolderAsync(string accountId, string holderId, CancellationToken cancellationToken)
    {
        var attached = new List<AttachmentRecord>();
        await foreach (var item in IamPaging.AllAsync(store, PolicyCollections.Attachment, accountId, holderId + "/", cancellationToken))
        {
            attached.Add(JsonSerializer.Deserialize<AttachmentRecord>(item.Json)!);
        }
        return attached;
    }

    /// <summary>One page of the holders using a policy, as permissions policy, boundary or either.</summary>
    public async ValueTask<IamPage<AttachmentRecord>> OfPolicyAsync(
        string accountId, string policyArn, bool? boundary, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(
            store, PolicyCollections.AttachedEntity, accountId, EntityPrefix(policyArn, boundary), marker, maxItems, cancellationToken);
        return page.Map<StoredItem, AttachmentRecord>([.. page.Items.Select(i => JsonSerializer.Deserialize<AttachmentRecord>(i.Json)!)]);
    }
}
