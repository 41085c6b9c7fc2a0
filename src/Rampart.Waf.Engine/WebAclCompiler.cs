using System.Text.Json;
using Rampart.Waf.Engine.Compilation;
using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine;

/// <summary>
/// Compiles WAFv2 definitions in their wire shapes. Every problem with a definition (a missing or mistyped member,
/// an unknown enum value, an invalid regex or CIDR, a reference to an IP set, regex pattern set or rule group that is
/// not in <see cref="WafReferences"/>) is a <see cref="WafDefinitionException"/>; nothing else is thrown.
/// </summary>
public static class WebAclCompiler
{
    /// <summary>Compiles a web ACL (the `WebACL` shape GetWebACL returns, or the whole GetWebACL output).</summary>
    public static CompiledWebAcl Compile(JsonElement webAcl, WafReferences references, ManagedRuleGroupCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        webAcl = Json.Unwrap(webAcl, "WebACL");
        if (webAcl.ValueKind != JsonValueKind.Object)
        {
            throw Json.Invalid("WEB_ACL", "WebACL", "The web ACL must be an object");
        }
        catalog ??= ManagedRuleGroupCatalog.Default;
        var name = Json.OptionalString(webAcl, "Name", "WEB_ACL") ?? "";
        var arn = Json.OptionalString(webAcl, "ARN", "WEB_ACL") ?? "";
        var labelNamespace = LabelNamespaces.WithColon(Json.OptionalString(webAcl, "LabelNamespace", "WEB_ACL")) ?? LabelNamespaces.ForWebAcl(arn, name);
        var metricName = Json.OptionalObject(webAcl, "VisibilityConfig", "METRIC_NAME") is { } visibility
            ? Json.OptionalString(visibility, "MetricName", "METRIC_NAME") ?? name
            : name;
        var captcha = ActionCompiler.Immunity(webAcl, "CaptchaConfig", RuleActionSpec.DefaultImmunitySeconds);
        var challenge = ActionCompiler.Immunity(webAcl, "ChallengeConfig", RuleActionSpec.DefaultImmunitySeconds);
        var actions = new ActionCompiler(ActionCompiler.Bodies(webAcl));
        var defaultAction = actions.Compile(Json.RequiredObject(webAcl, "DefaultAction", "DEFAULT_ACTION"), "DEFAULT_ACTION",
            captcha, challenge, defaultAction: true);
        var ruleElements = Json.Array(webAcl, "Rules", "RULE", required: false);
        var rules = new RuleCompiler(references, catalog, arn, captcha, challenge).CompileWebAclRules(ruleElements, labelNamespace, actions);
        var capacity = WcuCalculator.RulesCapacity(ruleElements, references, catalog);
        return new CompiledWebAcl(name, arn, metricName, capacity, rules, defaultAction);
    }

    /// <summary>Compiles a web ACL from a snapshot's parts: the web ACL and its references keyed by ARN.</summary>
    public static CompiledWebAcl Compile(
        JsonElement webAcl,
        IReadOnlyDictionary<string, JsonElement> ipSets,
        IReadOnlyDictionary<string, JsonElement> regexPatternSets,
        IReadOnlyDictionary<string, JsonElement> ruleGroups,
        ManagedRuleGroupCatalog? catalog = null) =>
        Compile(webAcl, new WafReferences(ipSets, regexPatternSets, ruleGroups), catalog);

    /// <summary>Checks a rule group definition (the `RuleGroup` shape, or CreateRuleGroup/UpdateRuleGroup input with
    /// Name, Capacity and Rules) the way compiling a web ACL that uses it would.</summary>
    public static void ValidateRuleGroup(JsonElement ruleGroup, WafReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        ruleGroup = Json.Unwrap(ruleGroup, "RuleGroup");
        if (ruleGroup.ValueKind != JsonValueKind.Object)
        {
            throw Json.Invalid("RULE_GROUP", "RuleGroup", "The rule group must be an object");
        }
        var arn = Json.OptionalString(ruleGroup, "ARN", "RULE_GROUP") ?? "";
        new RuleCompiler(references, ManagedRuleGroupCatalog.Default, arn, RuleActionSpec.DefaultImmunitySeconds, RuleActionSpec.DefaultImmunitySeconds)
            .CompileGroupRules(ruleGroup, "validation", LabelNamespaces.ForRuleGroup(arn, Json.OptionalString(ruleGroup, "Name", "RULE_GROUP")));
    }

    /// <summary>Checks a list of rules (CheckCapacity's Rules, or a web ACL's) as compiling a web ACL would.</summary>
    public static void ValidateRules(JsonElement rules, WafReferences references, ManagedRuleGroupCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        if (rules.ValueKind != JsonValueKind.Array)
        {
            throw Json.Invalid("RULE", "Rules", "Rules must be a list");
        }
        var actions = new ActionCompiler(null);
        new RuleCompiler(references, catalog ?? ManagedRuleGroupCatalog.Default, "", RuleActionSpec.DefaultImmunitySeconds, RuleActionSpec.DefaultImmunitySeconds)
            .CompileWebAclRules(rules.EnumerateArray().ToList(), "awswaf:000000000000:webacl:validation:", actions);
    }
}
