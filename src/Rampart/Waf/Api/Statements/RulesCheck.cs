using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Api.Statements;

/// <summary>
/// Validates rules for a web ACL or rule group: AWS's structural rules (<see cref="RuleValidator"/>), then the WAF
/// engine compiles them against the referenced IP sets, regex pattern sets and rule groups (which must exist in the
/// caller's account, region and scope) and computes their WCUs.
/// </summary>
public sealed class RulesCheck(EntityStore entities)
{
    public static bool IsManagedRuleGroup(string vendorName, string name) => ManagedRuleGroupCatalog.Default.Find(vendorName, name) is not null;

    public async Task<CheckedRules> CheckAsync(CallContext call, WafScope scope, RuleContext context, string labelNamespace, IReadOnlyList<JsonNode?> rules, CancellationToken cancellationToken)
    {
        var analysis = new RuleValidator(context, labelNamespace, IsManagedRuleGroup).Check(rules);
        var references = await ReferencesAsync(call, scope, analysis.References, cancellationToken);
        var rulesElement = JsonSerializer.SerializeToElement(new JsonArray([.. rules.Select(rule => rule?.DeepClone())]));
        var capacity = EngineErrors.Run(() =>
        {
            if (context == RuleContext.WebAcl)
            {
                WebAclCompiler.ValidateRules(rulesElement, references, ManagedRuleGroupCatalog.Default);
            }
            else
            {
                WebAclCompiler.ValidateRuleGroup(JsonSerializer.SerializeToElement(new { Name = "validation", Rules = rulesElement }), references);
            }
            return WcuCalculator.RulesCapacity(rulesElement, references, ManagedRuleGroupCatalog.Default);
        });
        return new CheckedRules(analysis, capacity);
    }

    private async Task<WafReferences> ReferencesAsync(CallContext call, WafScope scope, IReadOnlyList<string> arns, CancellationToken cancellationToken)
    {
        var found = new Dictionary<EntityKind, Dictionary<string, JsonElement>>
        {
            [EntityKind.IpSet] = new(StringComparer.Ordinal),
            [EntityKind.RegexPatternSet] = new(StringComparer.Ordinal),
            [EntityKind.RuleGroup] = new(StringComparer.Ordinal),
        };
        // A referenced rule group's own references are compiled with it, so they are loaded too.
        var pending = new Queue<string>(arns);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var arn))
        {
            if (!seen.Add(arn))
            {
                continue;
            }
            var entity = await entities.FindByArnAsync(arn, cancellationToken);
            if (entity is null || entity.Key.Partition != WafCollections.Partition(call.AccountId, call.Region) || entity.Record.Scope != scope.Name
                || EntityKind.FromArnSegment(entity.Record.Kind) is not { } kind || !found.TryGetValue(kind, out var ofKind))
            {
                throw WafErrors.Nonexistent();
            }
            ofKind[arn] = JsonSerializer.SerializeToElement(entity.Record.Document);
            foreach (var nested in entity.Record.References)
            {
                pending.Enqueue(nested);
            }
        }
        return new WafReferences(found[EntityKind.IpSet], found[EntityKind.RegexPatternSet], found[EntityKind.RuleGroup]);
    }
}
