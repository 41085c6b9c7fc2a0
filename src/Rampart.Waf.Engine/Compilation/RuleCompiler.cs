using System.Text.Json;
using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Compilation;

/// <summary>Compiles the rules of a web ACL and of the rule groups its rules run.</summary>
internal sealed class RuleCompiler(
    WafReferences references,
    ManagedRuleGroupCatalog catalog,
    string webAclArn,
    long captchaImmunity,
    long challengeImmunity)
{
    private const int MaxLabelsPerRule = 100;
    private readonly TransformationCompiler transformations = new();
    private StatementCompiler? statements;

    private StatementCompiler Statements => statements ??= new StatementCompiler(references, transformations);

    public CompiledRule[] CompileWebAclRules(IReadOnlyList<JsonElement> rules, string labelNamespace, ActionCompiler actions)
    {
        var compiled = new List<CompiledRule>(rules.Count);
        foreach (var rule in Ordered(rules, "RULE"))
        {
            var name = Json.RequiredString(rule, "Name", "RULE");
            var statement = Json.RequiredObject(rule, "Statement", "RULE");
            var (kind, body) = Json.Union(statement, "STATEMENT", "Statement");
            if (kind is "RuleGroupReferenceStatement" or "ManagedRuleGroupStatement")
            {
                compiled.Add(CompileGroupRule(rule, name, kind, body, actions));
            }
            else
            {
                compiled.Add(CompileStatementRule(rule, name, kind, body, labelNamespace, actions, $"\n{name}", Statements));
            }
        }
        return compiled.ToArray();
    }

    /// <summary>The rules of a rule group, each rate-based rule counting on its own for this web ACL rule.</summary>
    public StatementRule[] CompileGroupRules(JsonElement group, string webAclRuleName, string defaultNamespace, StatementCompiler? compiler = null)
    {
        compiler ??= Statements;
        var labelNamespace = LabelNamespaces.WithColon(Json.OptionalString(group, "LabelNamespace", "RULE_GROUP")) ?? defaultNamespace;
        var actions = new ActionCompiler(ActionCompiler.Bodies(group));
        var compiled = new List<StatementRule>();
        foreach (var rule in Ordered(Json.Array(group, "Rules", "RULE_GROUP", required: false), "RULE"))
        {
            var name = Json.RequiredString(rule, "Name", "RULE");
            var statement = Json.RequiredObject(rule, "Statement", "RULE");
            var (kind, body) = Json.Union(statement, "STATEMENT", "Statement");
            if (kind is "RuleGroupReferenceStatement" or "ManagedRuleGroupStatement")
            {
                throw Json.Invalid("RULE_GROUP", kind, "A rule group can't reference another rule group");
            }
            compiled.Add(CompileStatementRule(rule, name, kind, body, labelNamespace, actions, $"\n{webAclRuleName}\n{name}", compiler));
        }
        return compiled.ToArray();
    }

    private static IEnumerable<JsonElement> Ordered(IReadOnlyList<JsonElement> rules, string field)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var priorities = new HashSet<long>();
        var ordered = new List<(long Priority, JsonElement Rule)>(rules.Count);
        foreach (var rule in rules)
        {
            var name = Json.RequiredString(rule, "Name", field);
            if (name.Length is < 1 or > 128 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                throw Json.Invalid(field, name, "Rule names are 1 to 128 letters, digits, '_' or '-'");
            }
            var priority = Json.RequiredLong(rule, "Priority", field);
            if (priority < 0)
            {
                throw Json.Invalid(field, name, "Priority must be 0 or more");
            }
            if (!names.Add(name))
            {
                throw Json.Invalid(field, name, "Rule names must be unique");
            }
            if (!priorities.Add(priority))
            {
                throw Json.Invalid(field, name, "Rule priorities must be unique");
            }
            ordered.Add((priority, rule));
        }
        return ordered.OrderBy(o => o.Priority).Select(o => o.Rule);
    }

    private StatementRule CompileStatementRule(
        JsonElement rule,
        string name,
        string kind,
        JsonElement body,
        string labelNamespace,
        ActionCompiler actions,
        string instanceSuffix,
        StatementCompiler compiler)
    {
        if (Json.Has(rule, "OverrideAction"))
        {
            throw Json.Invalid("OVERRIDE_ACTION", name, "OverrideAction is only for rules that run a rule group");
        }
        var captcha = ActionCompiler.Immunity(rule, "CaptchaConfig", captchaImmunity);
        var challenge = ActionCompiler.Immunity(rule, "ChallengeConfig", challengeImmunity);
        var action = actions.Compile(Json.RequiredObject(rule, "Action", "RULE_ACTION"), "RULE_ACTION", captcha, challenge);
        var statement = kind == "RateBasedStatement"
            ? RateBasedCompiler.Compile(body, webAclArn + instanceSuffix, compiler)
            : compiler.Compile(Json.RequiredObject(rule, "Statement", "RULE"));
        return new StatementRule(
            name,
            Json.RequiredLong(rule, "Priority", "RULE"),
            MetricName(rule, name),
            statement,
            action,
            Labels(rule, labelNamespace),
            kind == "RateBasedStatement" ? WafRuleType.RateBased : WafRuleType.Regular);
    }

    private GroupRule CompileGroupRule(JsonElement rule, string name, string kind, JsonElement body, ActionCompiler webAclActions)
    {
        if (Json.Has(rule, "Action"))
        {
            throw Json.Invalid("RULE_ACTION", name, "A rule that runs a rule group takes an OverrideAction, not an Action");
        }
        var overrideAction = Json.RequiredObject(rule, "OverrideAction", "OVERRIDE_ACTION");
        var countAll = Json.Union(overrideAction, "OVERRIDE_ACTION", "OverrideAction").Name switch
        {
            "Count" => true,
            "None" => false,
            var other => throw Json.Invalid("OVERRIDE_ACTION", other, "Unknown OverrideAction"),
        };
        JsonElement group;
        StatementCompiler? groupCompiler = null;
        string groupId;
        string defaultNamespace;
        Statements.Statement? scopeDown = null;
        WafRuleType type;
        if (kind == "ManagedRuleGroupStatement")
        {
            var vendor = Json.RequiredString(body, "VendorName", "MANAGED_RULE_SET_STATEMENT");
            var groupName = Json.RequiredString(body, "Name", "MANAGED_RULE_SET_STATEMENT");
            var managed = catalog.Find(vendor, groupName) ??
                throw Json.Invalid("MANAGED_RULE_SET_STATEMENT", $"{vendor}#{groupName}", "No managed rule group has that vendor and name");
            if (Json.OptionalString(body, "Version", "MANAGED_RULE_SET_STATEMENT") is { } version && !managed.Versions.Contains(version))
            {
                throw Json.Invalid("MANAGED_RULE_SET_STATEMENT", version, "The managed rule group has no such version");
            }
            if (Json.Array(body, "ManagedRuleGroupConfigs", "MANAGED_RULE_GROUP_CONFIG", required: false).Count > 0)
            {
                throw Json.Invalid("MANAGED_RULE_GROUP_CONFIG", groupName, "This managed rule group takes no ManagedRuleGroupConfigs");
            }
            if (Json.OptionalObject(body, "ScopeDownStatement", "SCOPE_DOWN") is { } scope)
            {
                scopeDown = Statements.Compile(scope, 1);
            }
            group = managed.RuleGroup;
            groupCompiler = new StatementCompiler(managed.References, transformations);
            groupId = $"{vendor}#{groupName}";
            defaultNamespace = managed.LabelNamespace;
            type = WafRuleType.ManagedRuleGroup;
        }
        else
        {
            var arn = Json.RequiredString(body, "ARN", "RULE_GROUP_REFERENCE_STATEMENT");
            if (!references.RuleGroups.TryGetValue(arn, out group))
            {
                throw StatementCompiler.Nonexistent("RULE_GROUP", arn);
            }
            group = Json.Unwrap(group, "RuleGroup");
            groupId = arn;
            defaultNamespace = LabelNamespaces.ForRuleGroup(arn, Json.OptionalString(group, "Name", "RULE_GROUP"));
            type = WafRuleType.Group;
        }
        var inner = CompileGroupRules(group, name, defaultNamespace, groupCompiler);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Json.Array(body, "ExcludedRules", "EXCLUDED_RULE", required: false))
        {
            excluded.Add(Json.RequiredString(item, "Name", "EXCLUDED_RULE"));
        }
        var overrides = new Dictionary<string, RuleActionSpec>(StringComparer.Ordinal);
        var overrideItems = Json.Array(body, "RuleActionOverrides", "RULE_ACTION", required: false);
        if (overrideItems.Count > 100)
        {
            throw Json.Invalid("RULE_ACTION", "RuleActionOverrides", "At most 100 rule action overrides");
        }
        foreach (var item in overrideItems)
        {
            var ruleName = Json.RequiredString(item, "Name", "RULE_ACTION");
            overrides[ruleName] = webAclActions.Compile(Json.RequiredObject(item, "ActionToUse", "RULE_ACTION"), "RULE_ACTION",
                ActionCompiler.Immunity(rule, "CaptchaConfig", captchaImmunity),
                ActionCompiler.Immunity(rule, "ChallengeConfig", challengeImmunity));
        }
        var effective = inner.Select(r =>
            excluded.Contains(r.Name) ? r with { Action = RuleActionSpec.Count }
            : overrides.TryGetValue(r.Name, out var a) ? r with { Action = a }
            : r).ToArray();
        return new GroupRule(name, Json.RequiredLong(rule, "Priority", "RULE"), MetricName(rule, name), groupId, effective, scopeDown, countAll, type);
    }

    private static string MetricName(JsonElement rule, string name) =>
        Json.OptionalObject(rule, "VisibilityConfig", "METRIC_NAME") is { } visibility
            ? Json.RequiredString(visibility, "MetricName", "METRIC_NAME")
            : throw Json.Invalid("RULE", name, "VisibilityConfig is required");

    private static IReadOnlyList<string> Labels(JsonElement rule, string labelNamespace)
    {
        var items = Json.Array(rule, "RuleLabels", "RULE", required: false);
        if (items.Count > MaxLabelsPerRule)
        {
            throw Json.Invalid("RULE", "RuleLabels", $"A rule adds at most {MaxLabelsPerRule} labels");
        }
        var labels = new List<string>(items.Count);
        foreach (var item in items)
        {
            var label = Json.RequiredString(item, "Name", "RULE");
            if (label.Length is < 1 or > 1024 || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':'))
            {
                throw Json.Invalid("RULE", label, "Label names are 1 to 1024 letters, digits, '_', '-' or ':'");
            }
            labels.Add(labelNamespace + label);
        }
        return labels;
    }
}
