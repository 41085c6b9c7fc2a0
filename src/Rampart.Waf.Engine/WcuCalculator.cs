using System.Text.Json;
using Rampart.Waf.Engine.Compilation;

namespace Rampart.Waf.Engine;

/// <summary>
/// Web ACL capacity units as AWS WAF's developer guide prices each statement: string match 2 (EXACTLY, STARTS_WITH,
/// ENDS_WITH) or 10 (CONTAINS, CONTAINS_WORD); regex 3; regex pattern set 25; size constraint 1; SQL injection 20
/// (LOW) or 30 (HIGH); XSS 40; for these, a JSON body doubles the base cost, all query arguments add 10, and each
/// text transformation adds 10. IP set 1 (5 with forwarded IP position ANY), geo 1, label 1, ASN 1; rate-based 2
/// plus 30 per custom key plus its scope-down statement; logical statements the sum of their statements; a rule group
/// its fixed Capacity; a managed rule group its published capacity plus its scope-down statement.
/// Unknown shapes raise <see cref="WafDefinitionException"/>.
/// </summary>
public static class WcuCalculator
{
    /// <summary>WCUs a web ACL uses without extra charge.</summary>
    public const long DefaultWebAclCapacityLimit = 1_500;

    /// <summary>The most WCUs a web ACL can use.</summary>
    public const long MaxWebAclCapacity = 5_000;

    /// <summary>The most capacity a rule group can have.</summary>
    public const long MaxRuleGroupCapacity = 5_000;

    /// <summary>The WCUs of a list of rules (CheckCapacity's Rules, a web ACL's or a rule group's).</summary>
    public static long RulesCapacity(JsonElement rules, WafReferences references, ManagedRuleGroupCatalog? catalog = null)
    {
        if (rules.ValueKind != JsonValueKind.Array)
        {
            throw Json.Invalid("RULE", "Rules", "Rules must be a list");
        }
        return RulesCapacity(rules.EnumerateArray().ToList(), references, catalog);
    }

    public static long RulesCapacity(IReadOnlyList<JsonElement> rules, WafReferences references, ManagedRuleGroupCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        long total = 0;
        foreach (var rule in rules)
        {
            total += RuleCapacity(rule, references, catalog);
        }
        return total;
    }

    public static long RuleCapacity(JsonElement rule, WafReferences references, ManagedRuleGroupCatalog? catalog = null) =>
        StatementCapacity(Json.RequiredObject(rule, "Statement", "RULE"), references, catalog, topLevel: true, depth: 0);

    public static long StatementCapacity(JsonElement statement, WafReferences references, ManagedRuleGroupCatalog? catalog = null) =>
        StatementCapacity(statement, references, catalog, topLevel: true, depth: 0);

    private static long StatementCapacity(JsonElement statement, WafReferences references, ManagedRuleGroupCatalog? catalog, bool topLevel, int depth)
    {
        ArgumentNullException.ThrowIfNull(references);
        if (depth > 20)
        {
            throw Json.Invalid("STATEMENT", "Statement", "Statements nest at most 20 deep");
        }
        var (name, body) = Json.Union(statement, "STATEMENT", "Statement");
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Json.Invalid("STATEMENT", name, $"{name} must be an object");
        }
        if (!topLevel && name is "RateBasedStatement" or "RuleGroupReferenceStatement" or "ManagedRuleGroupStatement")
        {
            throw Json.Invalid("STATEMENT", name, $"{name} can't be nested");
        }
        return name switch
        {
            "ByteMatchStatement" => Inspection(body, Json.RequiredString(body, "PositionalConstraint", "BYTE_MATCH_STATEMENT") switch
            {
                "EXACTLY" or "STARTS_WITH" or "ENDS_WITH" => 2,
                "CONTAINS" or "CONTAINS_WORD" => 10,
                var other => throw Json.Invalid("BYTE_MATCH_STATEMENT", other, "Unknown PositionalConstraint"),
            }),
            "RegexMatchStatement" => Inspection(body, 3),
            "RegexPatternSetReferenceStatement" => Inspection(body, 25),
            "SizeConstraintStatement" => Inspection(body, 1),
            "SqliMatchStatement" => Inspection(body, Json.OptionalString(body, "SensitivityLevel", "SQLI_MATCH_STATEMENT") switch
            {
                null or "LOW" => 20,
                "HIGH" => 30,
                var other => throw Json.Invalid("SQLI_MATCH_STATEMENT", other, "Unknown SensitivityLevel"),
            }),
            "XssMatchStatement" => Inspection(body, 40),
            "IPSetReferenceStatement" =>
                Json.OptionalObject(body, "IPSetForwardedIPConfig", "IP_SET_FORWARDED_IP_CONFIG") is { } forwarded &&
                Json.OptionalString(forwarded, "Position", "POSITION") == "ANY" ? 5 : 1,
            "GeoMatchStatement" or "LabelMatchStatement" or "AsnMatchStatement" => 1,
            "AndStatement" or "OrStatement" => Json.Array(body, "Statements", "STATEMENT", required: true)
                .Sum(s => StatementCapacity(s, references, catalog, false, depth + 1)),
            "NotStatement" => StatementCapacity(Json.RequiredObject(body, "Statement", "NOT_STATEMENT"), references, catalog, false, depth + 1),
            "RateBasedStatement" => 2 + 30L * Json.Array(body, "CustomKeys", "CUSTOM_KEYS", required: false).Count + ScopeDown(body, references, catalog, depth),
            "RuleGroupReferenceStatement" => RuleGroupCapacity(Json.RequiredString(body, "ARN", "RULE_GROUP_REFERENCE_STATEMENT"), references),
            "ManagedRuleGroupStatement" => ManagedCapacity(body, catalog ?? ManagedRuleGroupCatalog.Default) + ScopeDown(body, references, catalog, depth),
            _ => throw Json.Invalid("STATEMENT", name, "Unknown statement type"),
        };
    }

    private static long Inspection(JsonElement body, long baseCost)
    {
        var field = Json.RequiredObject(body, "FieldToMatch", "FIELD_TO_MATCH");
        var cost = FieldCompiler.Kind(field) switch
        {
            "JsonBody" => baseCost * 2,
            "AllQueryArguments" => baseCost + 10,
            _ => baseCost,
        };
        return cost + 10L * TransformationCompiler.Parse(body, required: true).Length;
    }

    private static long ScopeDown(JsonElement body, WafReferences references, ManagedRuleGroupCatalog? catalog, int depth) =>
        Json.OptionalObject(body, "ScopeDownStatement", "SCOPE_DOWN") is { } scope
            ? StatementCapacity(scope, references, catalog, false, depth + 1)
            : 0;

    private static long RuleGroupCapacity(string arn, WafReferences references)
    {
        if (!references.RuleGroups.TryGetValue(arn, out var group))
        {
            throw StatementCompiler.Nonexistent("RULE_GROUP", arn);
        }
        return Json.OptionalLong(Json.Unwrap(group, "RuleGroup"), "Capacity", "RULE_GROUP") ?? 0;
    }

    private static long ManagedCapacity(JsonElement body, ManagedRuleGroupCatalog catalog)
    {
        var vendor = Json.RequiredString(body, "VendorName", "MANAGED_RULE_SET_STATEMENT");
        var name = Json.RequiredString(body, "Name", "MANAGED_RULE_SET_STATEMENT");
        return (catalog.Find(vendor, name) ??
                throw Json.Invalid("MANAGED_RULE_SET_STATEMENT", $"{vendor}#{name}", "No managed rule group has that vendor and name")).Capacity;
    }
}
