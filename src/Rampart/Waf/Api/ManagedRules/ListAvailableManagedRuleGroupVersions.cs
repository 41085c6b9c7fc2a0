using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>The versions of a managed rule group and the one used when a statement names none.</summary>
public sealed class ListAvailableManagedRuleGroupVersions : WafOperation<ManagedRuleGroupRequest, ListAvailableManagedRuleGroupVersionsResponse>
{
    public override string Name => "ListAvailableManagedRuleGroupVersions";

    protected override OperationDeclaration<ManagedRuleGroupRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListAvailableManagedRuleGroupVersions",
        ReadOnly = true,
    };

    protected override Task<ListAvailableManagedRuleGroupVersionsResponse> HandleAsync(ManagedRuleGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        var group = ManagedCatalog.Find(request.VendorName, request.Name);
        var (page, next) = ManagedCatalog.Page([.. group.Versions.Reverse().Select(version => new ManagedRuleGroupVersion(version))], request.NextMarker, request.Limit);
        return Task.FromResult(new ListAvailableManagedRuleGroupVersionsResponse(next, page, group.DefaultVersion));
    }
}
