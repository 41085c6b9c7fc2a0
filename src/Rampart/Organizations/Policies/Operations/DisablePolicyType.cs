using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Disables a policy type in the root and detaches every policy of that type from every target, in one
/// transaction: from the next request on, no policy of the type applies anywhere.</summary>
public sealed class DisablePolicyType(IStore store, OrganizationPolicyCache cache) : OrganizationsOperation<PolicyTypeRequest, PolicyTypeResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "DisablePolicyType";

    protected override OperationDeclaration<PolicyTypeRequest> Declaration { get; } = new()
    {
        Action = "organizations:DisablePolicyType",
        ReadOnly = false,
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.PolicyType),
    };

    protected override async Task<PolicyTypeResponse> HandleAsync(PolicyTypeRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.PolicyType);
        if (request.RootId != organization.RootId)
        {
            throw PolicyErrors.RootNotFound();
        }
        await StoreRetry.RunAsync(async token =>
        {
            var enabled = await policies.Store.GetAsync(PolicyKeys.EnabledType(organization.Id, organization.RootId, type), token)
                ?? throw PolicyErrors.TypeNotEnabled();
            var writes = new List<StoreWrite> { new StoreWrite.Delete(enabled.Key, enabled.Version) };
            var store = policies.Store;
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
            return await policies.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
        return new PolicyTypeResponse(await RootPolicyTypes.RootAsync(policies.Store, organization, cancellationToken));
    }
}
