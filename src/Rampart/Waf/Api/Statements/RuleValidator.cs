using System.Text.Json.Nodes;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Statements;

/// <summary>
/// Checks rules as AWS WAF does before it stores them: unique names and priorities, the action or override action
/// the statement calls for, one statement per Statement, nesting only where AWS allows it (rule group and rate-based
/// statements at the top only), the members each statement needs, valid regexes and AWS's fixed limits; and collects
/// what the rules reference and which labels they add and match.
/// </summary>
public sealed class RuleValidator(RuleContext context, string labelNamespace, Func<string, string, bool> managedRuleGroupExists)
{
    public const int MaxReferenceStatements = 50;
    public const int MaxRateBasedRules = 10;

    private static readonly int[] EvaluationWindows = [60, 120, 300, 600];
    private const int MaxSearchStringBytes = 200;

    private readonly List<string> references = [];
    private readonly List<string> addedLabels = [];
    private readonly List<string> consumedLabels = [];
    private int referenceStatements;
    private int rateBasedRules;

    public RuleAnalysis Check(IReadOnlyList<JsonNode?> rules)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var priorities = new HashSet<int>();
        foreach (var rule in rules.OfType<JsonObject>())
        {
            var name = rule.Text("Name") ?? "";
            if (!names.Add(name))
            {
                throw WafErrors.InvalidParameter("RULE", name, WafErrors.Reasons.Duplicate);
            }
            if (!priorities.Add(rule["Priority"]?.GetValue<int>() ?? 0))
            {
                throw WafErrors.InvalidParameter("RULE", name, WafErrors.Reasons.Duplicate);
            }
            CheckRule(rule);
        }
        if (referenceStatements > MaxReferenceStatements || rateBasedRules > MaxRateBasedRules)
        {
            throw WafErrors.LimitsExceeded();
        }
        return new RuleAnalysis(references, [.. addedLabels.Distinct()], [.. consumedLabels.Distinct()]);
    }

    private void CheckRule(JsonObject rule)
    {
        var statement = rule.Object("Statement");
        var type = StatementType(statement);
        var usesRuleGroup = type is "RuleGroupReferenceStatement" or "ManagedRuleGroupStatement";
        var action = rule.Object("Action");
        var overrideAction = rule.Object("OverrideAction");
        if (usesRuleGroup)
        {
            if (action is not null || overrideAction is null || overrideAction.SetMembers().Count != 1)
            {
                throw WafErrors.InvalidParameter("OVERRIDE_ACTION", "OverrideAction", WafErrors.Reasons.ExactlyOne);
            }
        }
        else if (overrideAction is not null || action is null || action.SetMembers().Count != 1)
        {
            throw WafErrors.InvalidParameter("RULE_ACTION", "RuleAction", WafErrors.Reasons.ExactlyOne);
        }
        if (type == "RateBasedStatement")
        {
            rateBasedRules++;
        }
        CheckStatement(statement!, topLevel: true);
        foreach (var label in rule.Items("RuleLabels").OfType<JsonObject>())
        {
            addedLabels.Add(labelNamespace + label.Text("Name"));
        }
    }

    private static string StatementType(JsonObject? statement)
    {
        var set = statement?.SetMembers() ?? [];
        if (set.Count != 1)
        {
            throw WafErrors.InvalidParameter("STATEMENT", "Statement", "Your statement has multiple values set for a field that requires exactly one value.");
        }
        return set[0];
    }

    private void CheckStatement(JsonObject statement, bool topLevel)
    {
        var type = StatementType(statement);
        var body = statement.Object(type) ?? throw WafErrors.InvalidParameter("STATEMENT", type, WafErrors.Reasons.InvalidFormat);
        switch (type)
        {
            case "ByteMatchStatement":
                var bytes = Convert.FromBase64String(body.Text("SearchString") ?? "");
                if (bytes.Length == 0 || bytes.Length > MaxSearchStringBytes)
                {
                    throw WafErrors.InvalidParameter("BYTE_MATCH_STATEMENT", "SearchString", WafErrors.Reasons.AboveMaximum);
                }
                CheckInspection(body);
                break;
            case "SqliMatchStatement" or "XssMatchStatement" or "SizeConstraintStatement":
                CheckInspection(body);
                break;
            case "RegexMatchStatement":
                RegexRules.Check(body.Text("RegexString") ?? "", "STATEMENT");
                CheckInspection(body);
                break;
            case "RegexPatternSetReferenceStatement":
                Reference(body, "regexpatternset", "REGEX_PATTERN_REFERENCE_STATEMENT");
                CheckInspection(body);
                break;
            case "IPSetReferenceStatement":
                Reference(body, "ipset", "IP_SET_REFERENCE_STATEMENT");
                break;
            case "GeoMatchStatement" or "AsnMatchStatement":
                break;
            case "LabelMatchStatement":
                consumedLabels.Add(body.Text("Key") ?? "");
                break;
            case "AndStatement" or "OrStatement":
                var nested = body.Items("Statements").OfType<JsonObject>().ToList();
                if (nested.Count < 2)
                {
                    throw WafErrors.InvalidParameter(type == "AndStatement" ? "AND_STATEMENT" : "OR_STATEMENT", "Statements", WafErrors.Reasons.BelowMinimum);
                }
                nested.ForEach(inner => CheckStatement(inner, topLevel: false));
                break;
            case "NotStatement":
                CheckStatement(body.Object("Statement") ?? throw WafErrors.InvalidParameter("NOT_STATEMENT", "Statement", WafErrors.Reasons.ExactlyOne), topLevel: false);
                break;
            case "RateBasedStatement":
                TopLevelOnly(topLevel, "RATE_BASED_STATEMENT", type);
                CheckRateBased(body);
                break;
            case "RuleGroupReferenceStatement":
                TopLevelOnly(topLevel && context == RuleContext.WebAcl, "RULE_GROUP_REFERENCE_STATEMENT", type);
                Reference(body, "rulegroup", "RULE_GROUP_REFERENCE_STATEMENT");
                break;
            case "ManagedRuleGroupStatement":
                TopLevelOnly(topLevel && context == RuleContext.WebAcl, "MANAGED_RULE_SET_STATEMENT", type);
                if (!managedRuleGroupExists(body.Text("VendorName") ?? "", body.Text("Name") ?? ""))
                {
                    throw WafErrors.Nonexistent();
                }
                if (body.Object("ScopeDownStatement") is { } scopeDown)
                {
                    CheckStatement(scopeDown, topLevel: false);
                }
                break;
            default:
                throw WafErrors.InvalidParameter("STATEMENT", type, WafErrors.Reasons.Unsupported);
        }
    }

    private void CheckRateBased(JsonObject body)
    {
        if (body["EvaluationWindowSec"] is { } window && !EvaluationWindows.Contains(window.GetValue<int>()))
        {
            throw WafErrors.InvalidParameter("RATE_BASED_STATEMENT", "EvaluationWindowSec", WafErrors.Reasons.InvalidFormat);
        }
        var aggregate = body.Text("AggregateKeyType");
        var customKeys = body.Items("CustomKeys").OfType<JsonObject>().ToList();
        if ((aggregate == "CUSTOM_KEYS") != (customKeys.Count > 0))
        {
            throw WafErrors.InvalidParameter("CUSTOM_KEYS", "CustomKeys", WafErrors.Reasons.ExactlyOne);
        }
        if (customKeys.Any(key => key.SetMembers().Count != 1))
        {
            throw WafErrors.InvalidParameter("CUSTOM_KEYS", "CustomKey", WafErrors.Reasons.ExactlyOne);
        }
        var usesForwardedIp = aggregate == "FORWARDED_IP" || customKeys.Any(key => key.Object("ForwardedIP") is not null);
        if (usesForwardedIp != (body.Object("ForwardedIPConfig") is not null))
        {
            throw WafErrors.InvalidParameter("FORWARDED_IP_CONFIG", "ForwardedIPConfig", WafErrors.Reasons.ExactlyOne);
        }
        if (body.Object("ScopeDownStatement") is { } scopeDown)
        {
            CheckStatement(scopeDown, topLevel: false);
        }
    }

    private static void CheckInspection(JsonObject body)
    {
        FieldToMatchValidator.Check(body.Object("FieldToMatch"));
        FieldToMatchValidator.CheckTransformations(body);
    }

    private void Reference(JsonObject body, string kind, string field)
    {
        var arn = body.Text("ARN") ?? "";
        if (WafArn.TryParse(arn)?.Kind != kind)
        {
            throw WafErrors.InvalidParameter(field, arn, WafErrors.Reasons.InvalidReference);
        }
        references.Add(arn);
        referenceStatements++;
    }

    private static void TopLevelOnly(bool allowed, string field, string type)
    {
        if (!allowed)
        {
            throw WafErrors.InvalidParameter(field, type, WafErrors.Reasons.NotNestable);
        }
    }
}
