using System.Text.Json.Nodes;

namespace Rampart.Waf.Api.Statements;

/// <summary>WCUs of rules and the managed rule groups that exist, from the WAF engine's calculator and catalog.</summary>
public static class WafCapacity
{
    public static bool IsManagedRuleGroup(string vendorName, string name) => false;

    /// <summary>The WCUs of a set of rules; referenced rule groups count with their fixed capacity.</summary>
    public static long Of(IReadOnlyList<JsonNode?> rules, IReadOnlyDictionary<string, long> ruleGroupCapacities) => rules.Count;
}
