using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Policies;

/// <summary>Finds the roots, OUs and accounts of an organization that policies attach to, in the tree's store.</summary>
public sealed class PolicyTargets(IStore store)
{
    public async ValueTask<PolicyTarget?> FindAsync(OrganizationRecord organization, string targetId, CancellationToken cancellationToken)
    {
        var tree = new OrganizationStore(store);
        if (targetId == organization.RootId)
        {
            return new PolicyTarget(targetId, organization.RootArn, OrganizationRecord.RootName, "ROOT", [targetId]);
        }
        if (OrgIds.IsUnitId(targetId) && await tree.FindUnitAsync(organization.Id, targetId, cancellationToken) is { Record: var unit })
        {
            return new PolicyTarget(unit.Id, organization.UnitArn(unit.Id), unit.Name, "ORGANIZATIONAL_UNIT",
                [organization.RootId, .. unit.AncestorIds, unit.Id]);
        }
        if (OrgIds.IsAccountId(targetId) && await tree.FindAccountAsync(organization.Id, targetId, cancellationToken) is { Record: var account })
        {
            var parent = await tree.FindParentAsync(organization, account.ParentId, cancellationToken);
            return new PolicyTarget(account.Id, organization.AccountArn(account.Id), account.Name, "ACCOUNT",
                [organization.RootId, .. parent?.PathIds ?? [], account.Id]);
        }
        return null;
    }

    public async ValueTask<PolicyTarget> RequireAsync(OrganizationRecord organization, string targetId, CancellationToken cancellationToken) =>
        await FindAsync(organization, targetId, cancellationToken) ?? throw OrgErrors.TargetNotFound();
}
