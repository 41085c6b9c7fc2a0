using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Disables a policy type in the root and detaches every policy of that type from every target, in one
/// transaction: from the next request on, no policy of the type applies anywhere.</summary>
public sealed class DisablePolicyType(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory)
    : PolicyTypeOperation(store, cache, directory, "DisablePolicyType")
{
    protected override async ValueTask ChangeAsync(
        OrganizationRecord organization, OrganizationPolicyType type, CallContext call, CancellationToken cancellationToken) =>
        await StoreRetry.RunAsync(async token =>
        {
            var store = Policies.Store;
            var enabled = await store.GetAsync(PolicyKeys.EnabledType(organization.Id, organization.RootId, type), token)
                ?? throw PolicyErrors.TypeNotEnabled();
            var writes = new List<StoreWrite> { new StoreWrite.Delete(enabled.Key, enabled.Version) };
            await foreach (var name in OrgPaging.AllAsync(store, PolicyCollections.PolicyName, PolicyCollections.NamePartition(organization.Id, type), null, token))
            {
                await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.PolicyTarget, organization.Id, OrgJson.Read<string>(name.Json) + "/", token))
                {
                    var attachment = OrgJson.Read<AttachmentRecord>(item.Json);
                    writes.Add(new StoreWrite.Delete(item.Key));
                    writes.Add(new StoreWrite.Delete(PolicyKeys.ByTarget(organization.Id, attachment.TargetId, attachment.PolicyId)));
                }
            }
            if (AwsManagedPolicy.DefaultOf(type) is { } managed)
            {
                await foreach (var item in OrgPaging.AllAsync(store, PolicyCollections.DefaultDetached, organization.Id, null, token))
                {
                    if (item.Key.Key.EndsWith("/" + managed.Id, StringComparison.Ordinal))
                    {
                        writes.Add(new StoreWrite.Delete(item.Key));
                    }
                }
            }
            return await Policies.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
}
