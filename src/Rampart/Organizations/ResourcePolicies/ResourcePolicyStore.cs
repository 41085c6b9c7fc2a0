using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.ResourcePolicies;

public static class ResourcePolicyStore
{
    public static ItemKey KeyOf(string organizationId) => new(OrgCollections.ResourcePolicy, "", organizationId);

    public static async ValueTask<Tree.Stored<ResourcePolicyRecord>?> FindAsync(IStore store, string organizationId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(organizationId), cancellationToken) is { } item
            ? new(OrgJson.Read<ResourcePolicyRecord>(item.Json), item.Version)
            : null;
}
