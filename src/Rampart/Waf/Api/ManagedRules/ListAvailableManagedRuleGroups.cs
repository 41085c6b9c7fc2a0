using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>The managed rule groups available to every account.</summary>
public sealed class ListAvailableManagedRuleGroups : WafOperation<ListAvailableManagedRuleGroupsRequest, ListAvailableManagedRuleGroupsResponse>
{
    public override string Name => "ListAvailableManagedRuleGroups";

    protected override OperationDeclaration<ListAvailableManagedRuleGroupsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListAvailableManagedRuleGroups",
        ReadOnly = true,
    };

    protected override Task<ListAvailableManagedRuleGroupsResponse> HandleAsync(ListAvailableManagedRuleGroupsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        var all = ManagedCatalog.Groups.Select(g => new ManagedRuleGroupSummary(g.VendorName, g.Name, g.VersioningSupported, g.Description)).ToList();
        var (page, next) = ManagedCatalog.Page(all, request.NextMarker, request.Limit);
        return Task.FromResult(new ListAvailableManagedRuleGroupsResponse(next, page));
    }
}
