using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Statements;

namespace Rampart.Waf.Api.RuleGroups;

/// <summary>Turns a CreateRuleGroup or UpdateRuleGroup request into the stored rule group (the RuleGroup shape
/// without Name, Id and ARN): its rules must fit the capacity fixed at creation.</summary>
public sealed class RuleGroupDocument(RulesCheck rules)
{
    /// <summary>The most WCUs a rule group may have.</summary>
    public const long MaxCapacity = Engine.WcuCalculator.MaxRuleGroupCapacity;

    public static string LabelNamespace(string accountId, string name) => $"awswaf:{accountId}:rulegroup:{name}:";

    public async Task<(JsonObject Settings, CheckedRules Rules)> BuildAsync(JsonObject request, CallContext call, WafScope scope, string name, long capacity, CancellationToken cancellationToken)
    {
        if (capacity > MaxCapacity)
        {
            throw WafErrors.LimitsExceeded();
        }
        var labelNamespace = LabelNamespace(call.AccountId, name);
        var checkedRules = await rules.CheckAsync(call, scope, RuleContext.RuleGroup, labelNamespace, RequestTree.Rules(request), cancellationToken);
        if (checkedRules.Capacity > capacity)
        {
            throw WafErrors.LimitsExceeded();
        }
        var settings = RequestTree.Settings(request);
        settings["Capacity"] = capacity;
        settings["LabelNamespace"] = labelNamespace;
        settings["AvailableLabels"] = Labels(checkedRules.Analysis.AddedLabels);
        settings["ConsumedLabels"] = Labels(checkedRules.Analysis.ConsumedLabels);
        return (settings, checkedRules);
    }

    private static JsonArray Labels(IReadOnlyList<string> names) =>
        new([.. names.Select(name => (JsonNode)new JsonObject { ["Name"] = name })]);
}
