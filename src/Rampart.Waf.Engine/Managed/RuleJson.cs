using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Waf.Engine.Managed;

/// <summary>Writes the managed rule groups' rules in the WAFv2 wire shapes, so they compile like any rule group.</summary>
internal static class RuleJson
{
    public static JsonObject Rule(string name, string label, JsonObject statement, string action = "Block") => new()
    {
        ["Name"] = name,
        ["Priority"] = 0,
        ["Statement"] = statement,
        ["Action"] = new JsonObject { [action] = new JsonObject() },
        ["RuleLabels"] = new JsonArray(new JsonObject { ["Name"] = label }),
        ["VisibilityConfig"] = new JsonObject
        {
            ["SampledRequestsEnabled"] = true,
            ["CloudWatchMetricsEnabled"] = true,
            ["MetricName"] = name,
        },
    };

    public static JsonObject Field(string kind, string? name = null) => new()
    {
        [kind] = name is null ? new JsonObject() : new JsonObject { ["Name"] = name },
    };

    public static JsonObject Body() => new() { ["Body"] = new JsonObject { ["OversizeHandling"] = "CONTINUE" } };

    public static JsonObject AllCookies() => new()
    {
        ["Cookies"] = new JsonObject
        {
            ["MatchPattern"] = new JsonObject { ["All"] = new JsonObject() },
            ["MatchScope"] = "ALL",
            ["OversizeHandling"] = "CONTINUE",
        },
    };

    public static JsonObject AllHeaders() => new()
    {
        ["Headers"] = new JsonObject
        {
            ["MatchPattern"] = new JsonObject { ["All"] = new JsonObject() },
            ["MatchScope"] = "ALL",
            ["OversizeHandling"] = "CONTINUE",
        },
    };

    public static JsonArray Transforms(params string[] types)
    {
        var array = new JsonArray();
        for (var i = 0; i < types.Length; i++)
        {
            array.Add(new JsonObject { ["Priority"] = i, ["Type"] = types[i] });
        }
        return array;
    }

    public static JsonObject ByteMatch(JsonObject field, string search, string position, params string[] transforms) => new()
    {
        ["ByteMatchStatement"] = new JsonObject
        {
            ["SearchString"] = Convert.ToBase64String(Encoding.Latin1.GetBytes(search)),
            ["FieldToMatch"] = field,
            ["PositionalConstraint"] = position,
            ["TextTransformations"] = Transforms(transforms),
        },
    };

    public static JsonObject Regex(JsonObject field, string pattern, params string[] transforms) => new()
    {
        ["RegexMatchStatement"] = new JsonObject
        {
            ["RegexString"] = pattern,
            ["FieldToMatch"] = field,
            ["TextTransformations"] = Transforms(transforms),
        },
    };

    public static JsonObject Size(JsonObject field, string comparison, long size) => new()
    {
        ["SizeConstraintStatement"] = new JsonObject
        {
            ["FieldToMatch"] = field,
            ["ComparisonOperator"] = comparison,
            ["Size"] = size,
            ["TextTransformations"] = Transforms(),
        },
    };

    public static JsonObject Sqli(JsonObject field, string sensitivity, params string[] transforms) => new()
    {
        ["SqliMatchStatement"] = new JsonObject
        {
            ["FieldToMatch"] = field,
            ["SensitivityLevel"] = sensitivity,
            ["TextTransformations"] = Transforms(transforms),
        },
    };

    public static JsonObject Xss(JsonObject field, params string[] transforms) => new()
    {
        ["XssMatchStatement"] = new JsonObject
        {
            ["FieldToMatch"] = field,
            ["TextTransformations"] = Transforms(transforms),
        },
    };

    public static JsonObject IpSet(string arn) => new()
    {
        ["IPSetReferenceStatement"] = new JsonObject { ["ARN"] = arn },
    };

    public static JsonObject Not(JsonObject statement) => new() { ["NotStatement"] = new JsonObject { ["Statement"] = statement } };

    public static JsonObject Or(params JsonObject[] statements) => new()
    {
        ["OrStatement"] = new JsonObject { ["Statements"] = new JsonArray(statements.Cast<JsonNode>().ToArray()) },
    };

    /// <summary>The group in the `RuleGroup` shape, its rules numbered in the order given.</summary>
    public static JsonElement Group(string name, long capacity, string labelNamespace, IReadOnlyList<JsonObject> rules)
    {
        var array = new JsonArray();
        for (var i = 0; i < rules.Count; i++)
        {
            rules[i]["Priority"] = i;
            array.Add(rules[i]);
        }
        var group = new JsonObject
        {
            ["Name"] = name,
            ["Id"] = name,
            ["Capacity"] = capacity,
            ["ARN"] = $"arn:aws:wafv2:::managedrulegroup/AWS/{name}",
            ["LabelNamespace"] = labelNamespace,
            ["Rules"] = array,
            ["VisibilityConfig"] = new JsonObject
            {
                ["SampledRequestsEnabled"] = true,
                ["CloudWatchMetricsEnabled"] = true,
                ["MetricName"] = name,
            },
        };
        return JsonSerializer.SerializeToElement(group);
    }

    public static JsonElement IpSetShape(string name, string version, IReadOnlyList<string> addresses) =>
        JsonSerializer.SerializeToElement(new JsonObject
        {
            ["Name"] = name,
            ["Id"] = name,
            ["ARN"] = IpSetArn(name),
            ["IPAddressVersion"] = version,
            ["Addresses"] = new JsonArray(addresses.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
        });

    public static string IpSetArn(string name) => $"arn:aws:wafv2:::managedipset/AWS/{name}";
}
