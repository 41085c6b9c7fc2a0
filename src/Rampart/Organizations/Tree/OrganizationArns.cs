using Rampart.Operations;
using Rampart.Organizations.Common;

namespace Rampart.Organizations.Tree;

/// <summary>The resource ARNs declarations name: every Organizations ARN carries the management account and the
/// organization, both read from the caller's placement (held in memory by <see cref="OrganizationDirectory"/>).
/// A caller outside any organization gets "*": its handler then answers AWSOrganizationsNotInUseException.</summary>
public sealed class OrganizationArns(OrganizationDirectory directory)
{
    public IReadOnlyList<string> Account(CallContext call, string accountId) =>
        Of(call, placement => OrgArns.Account(placement.ManagementAccountId, placement.OrganizationId, accountId));

    public IReadOnlyList<string> Unit(CallContext call, string unitId) =>
        Of(call, placement => OrgArns.Unit(placement.ManagementAccountId, placement.OrganizationId, unitId));

    /// <summary>A root or OU, told apart by its prefix.</summary>
    public IReadOnlyList<string> Parent(CallContext call, string parentId) => Target(call, parentId);

    /// <summary>An account or OU, told apart by its form.</summary>
    public IReadOnlyList<string> Child(CallContext call, string childId) => Target(call, childId);

    /// <summary>A root, OU or account that policies attach to, told apart by its form.</summary>
    public IReadOnlyList<string> Target(CallContext call, string targetId) =>
        Of(call, placement => Node(placement, targetId));

    private static string Node(AccountPlacement placement, string id) =>
        OrgIds.IsRootId(id) ? OrgArns.Root(placement.ManagementAccountId, placement.OrganizationId, id)
        : OrgIds.IsUnitId(id) ? OrgArns.Unit(placement.ManagementAccountId, placement.OrganizationId, id)
        : OrgArns.Account(placement.ManagementAccountId, placement.OrganizationId, id);

    public IReadOnlyList<string> Of(CallContext call, Func<AccountPlacement, string> arn) =>
        directory.Find(call.AccountId) is { } placement ? [arn(placement)] : ["*"];
}
