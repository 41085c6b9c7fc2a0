using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>A managed rule group's capacity, rules with their actions, and the labels it adds and reads.</summary>
public sealed class DescribeManagedRuleGroup : WafOperation<ManagedRuleGroupRequest, DescribeManagedRuleGroupResponse>
{
    public override string Name => "DescribeManagedRuleGroup";

    protected override OperationDeclaration<ManagedRuleGroupRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DescribeManagedRuleGroup",
        ReadOnly = true,
    };

    protected override Task<DescribeManagedRuleGroupResponse> HandleAsync(ManagedRuleGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        var group = ManagedCatalog.Find(request.VendorName, request.Name);
        if (request.VersionName is { } version && !group.Versions.Contains(version))
        {
            throw WafErrors.Nonexistent();
        }
        return Task.FromResult(new DescribeManagedRuleGroupResponse(
            request.VersionName ?? group.DefaultVersion,
            group.Capacity,
            [.. group.Rules.Select(rule => new RuleSummary(rule.Name, ManagedCatalog.RuleAction(rule.Action)))],
            group.LabelNamespace,
            [.. group.AvailableLabels.Select(label => new LabelSummary(label))],
            [.. group.ConsumedLabels.Select(label => new LabelSummary(label))]));
    }
}
