using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Statements;

/// <summary>Validates rules for a web ACL or rule group and computes their capacity.</summary>
public sealed class RulesCheck(EntityStore entities)
{
    public async Task<CheckedRules> CheckAsync(CallContext call, WafScope scope, RuleContext context, string labelNamespace, IReadOnlyList<JsonNode?> rules, CancellationToken cancellationToken)
    {
        var analysis = new RuleValidator(context, labelNamespace, WafCapacity.IsManagedRuleGroup).Check(rules);
        var ruleGroupCapacities = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var arn in analysis.References.Where(arn => WafArn.TryParse(arn)?.Kind == EntityKind.RuleGroup.ArnSegment).Distinct())
        {
            var ruleGroup = await entities.FindByArnAsync(arn, cancellationToken);
            if (ruleGroup is null || ruleGroup.Key.Partition != WafCollections.Partition(call.AccountId, call.Region) || ruleGroup.Record.Scope != scope.Name)
            {
                throw WafErrors.Nonexistent();
            }
            ruleGroupCapacities[arn] = ruleGroup.Record.Document["Capacity"]?.GetValue<long>() ?? 0;
        }
        return new CheckedRules(analysis, WafCapacity.Of(rules, ruleGroupCapacities));
    }
}
