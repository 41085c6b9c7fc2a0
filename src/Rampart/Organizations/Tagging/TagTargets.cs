using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Policies;
using Rampart.Organizations.ResourcePolicies;
using Rampart.Organizations.Transfers;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Tagging;

/// <summary>The resources that take tags: the root, OUs, accounts, customer managed policies, the resource policy and
/// the responsibility transfers the organization started (BILLING, the only type there is).</summary>
public sealed class TagTargets(IStore store, OrganizationDirectory directory)
{
    /// <summary>The resource's ARN if the organization holds it; TargetNotFoundException otherwise.</summary>
    public async ValueTask<string> RequireArnAsync(OrganizationRecord organization, string resourceId, CancellationToken cancellationToken)
    {
        var tree = new OrganizationStore(store);
        var found = resourceId switch
        {
            _ when resourceId == organization.RootId => organization.RootArn,
            _ when OrgIds.IsUnitId(resourceId) => await tree.FindUnitAsync(organization.Id, resourceId, cancellationToken) is not null
                ? organization.UnitArn(resourceId) : null,
            _ when OrgIds.IsAccountId(resourceId) => await tree.FindAccountAsync(organization.Id, resourceId, cancellationToken) is not null
                ? organization.AccountArn(resourceId) : null,
            _ when OrgIds.IsPolicyId(resourceId) => await PolicyArnAsync(organization.Id, organization.ManagementAccountId, resourceId, cancellationToken),
            _ when OrgIds.IsResourcePolicyId(resourceId) =>
                (await ResourcePolicyStore.FindAsync(store, organization.Id, cancellationToken))?.Record.Id == resourceId
                    ? OrgArns.ResourcePolicy(organization.ManagementAccountId, organization.Id, resourceId) : null,
            _ when OrgIds.IsTransferId(resourceId) =>
                await new TransferStore(store).FindAsync(resourceId, cancellationToken) is { Record: var transfer } && transfer.SourceOrganizationId == organization.Id
                    ? TransferOutput.Of(transfer, organization).Arn : null,
            _ => null,
        };
        return found ?? throw OrgErrors.TargetNotFound();
    }

    /// <summary>The ARN a declaration authorizes on, from the caller's placement; "*" when it cannot be named.</summary>
    public IReadOnlyList<string> Declared(CallContext call, string resourceId)
    {
        if (directory.Find(call.AccountId) is not { } placement)
        {
            return ["*"];
        }
        if (OrgIds.IsTransferId(resourceId))
        {
            return [$"arn:aws:organizations::{placement.ManagementAccountId}:transfer/{placement.OrganizationId}/billing/outbound/{resourceId}"];
        }
        if (OrgIds.IsPolicyId(resourceId))
        {
            var lookup = PolicyArnAsync(placement.OrganizationId, placement.ManagementAccountId, resourceId, CancellationToken.None);
            return [(lookup.IsCompleted ? lookup.Result : lookup.AsTask().GetAwaiter().GetResult()) ?? "*"];
        }
        return
        [
            OrgIds.IsRootId(resourceId) ? OrgArns.Root(placement.ManagementAccountId, placement.OrganizationId, resourceId)
            : OrgIds.IsUnitId(resourceId) ? OrgArns.Unit(placement.ManagementAccountId, placement.OrganizationId, resourceId)
            : OrgIds.IsResourcePolicyId(resourceId) ? OrgArns.ResourcePolicy(placement.ManagementAccountId, placement.OrganizationId, resourceId)
            : OrgArns.Account(placement.ManagementAccountId, placement.OrganizationId, resourceId),
        ];
    }

    /// <summary>Customer managed policies only: AWS managed policies take no tags.</summary>
    private async ValueTask<string?> PolicyArnAsync(string organizationId, string managementAccountId, string policyId, CancellationToken cancellationToken) =>
        await store.GetAsync(PolicyKeys.Policy(organizationId, policyId), cancellationToken) is { } item
            ? OrgArns.Policy(managementAccountId, organizationId, OrgJson.Read<PolicyRecord>(item.Json).Type, policyId)
            : null;
}
