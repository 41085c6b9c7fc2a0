using Rampart.Organizations.Common;
using Rampart.Organizations.Policies;
using Rampart.Storage;

namespace Rampart.Organizations.Tree;

/// <summary>The policy types enabled in a root, as the policy operations record them.</summary>
public static class RootPolicyTypes
{
    public static async ValueTask<IReadOnlyList<PolicyTypeSummary>> OfAsync(
        IStore store, OrganizationRecord organization, CancellationToken cancellationToken)
    {
        var types = new List<PolicyTypeSummary>();
        await foreach (var item in OrgPaging.AllAsync(
            store, PolicyCollections.EnabledType, organization.Id, organization.RootId + "/", cancellationToken))
        {
            types.Add(new PolicyTypeSummary(OrgJson.Read<EnabledPolicyTypeRecord>(item.Json).Type, "ENABLED"));
        }
        return types;
    }

    public static async ValueTask<RootOutput> RootAsync(IStore store, OrganizationRecord organization, CancellationToken cancellationToken) =>
        new(organization.RootId, organization.RootArn, OrganizationRecord.RootName, await OfAsync(store, organization, cancellationToken));
}
