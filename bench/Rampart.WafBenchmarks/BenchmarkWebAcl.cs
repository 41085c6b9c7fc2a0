using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Waf.Engine;

namespace Rampart.WafBenchmarks;

/// <summary>The web ACL and request of bench/waf-load.sh (see bench/waf-load/web_acl.py): 20 rules with an IP set of
/// 10,000 CIDRs, a rate-based rule, five regexes, SQLi and XSS on query and body, sizes, a byte match and labels; a
/// form POST with a query string that every rule inspects and none blocks.</summary>
public static class BenchmarkWebAcl
{
    private const string IpSetArn = "arn:aws:wafv2:us-east-1:111122223333:regional/ipset/bench-deny/1";
    private const string RegexSetArn = "arn:aws:wafv2:us-east-1:111122223333:regional/regexpatternset/bench-patterns/2";

    public static CompiledWebAcl Compile()
    {
        var addresses = new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => JsonValue.Create($"10.{i / 256}.{i % 256}.0/24"))]);
        var ipSet = new JsonObject { ["ARN"] = IpSetArn, ["IPAddressVersion"] = "IPV4", ["Addresses"] = addresses };
        var regexSet = new JsonObject
        {
            ["ARN"] = RegexSetArn,
            ["RegularExpressionList"] = new JsonArray(
                new JsonObject { ["RegexString"] = @"<\s*iframe" },
                new JsonObject { ["RegexString"] = @"base64_decode\s*\(" },
                new JsonObject { ["RegexString"] = "/etc/passwd" }),
        };
        var body = new JsonObject { ["Body"] = new JsonObject { ["OversizeHandling"] = "CONTINUE" } };
        var query = new JsonObject { ["QueryString"] = new JsonObject() };
        var path = new JsonObject { ["UriPath"] = new JsonObject() };
        var agent = new JsonObject { ["SingleHeader"] = new JsonObject { ["Name"] = "user-agent" } };
        (string Name, JsonObject Statement)[] statements =
        [
            ("deny-list", new JsonObject { ["IPSetReferenceStatement"] = new JsonObject { ["ARN"] = IpSetArn } }),
            ("per-ip-rate", new JsonObject
            {
                ["RateBasedStatement"] = new JsonObject { ["Limit"] = 2_000_000_000, ["EvaluationWindowSec"] = 300, ["AggregateKeyType"] = "IP" },
            }),
            ("regex-admin", Regex("^/(admin|wp-admin|phpmyadmin)(/|$)", path, "LOWERCASE")),
            ("regex-scripts", Regex(@"\.(php|asp|aspx|jsp|cgi)$", path, "LOWERCASE")),
            ("regex-scanner", Regex("(nikto|sqlmap|nmap|masscan|zgrab)", agent, "LOWERCASE")),
            ("regex-traversal", Regex(@"\.\./|\.\.\\", query, "URL_DECODE")),
            ("regex-set", Wrap("RegexPatternSetReferenceStatement", Text(body, "URL_DECODE", new JsonObject { ["ARN"] = RegexSetArn }))),
            ("sqli-query", Wrap("SqliMatchStatement", Text(query, "URL_DECODE"))),
            ("sqli-body", Wrap("SqliMatchStatement", Text(body, "URL_DECODE"))),
            ("xss-query", Wrap("XssMatchStatement", Text(query, "URL_DECODE"))),
            ("xss-body", Wrap("XssMatchStatement", Text(body, "URL_DECODE"))),
            ("sqli-args", Wrap("SqliMatchStatement", Text(new JsonObject { ["AllQueryArguments"] = new JsonObject() }, "URL_DECODE"))),
            ("xss-path", Wrap("XssMatchStatement", Text(path, "URL_DECODE"))),
            ("body-size", Wrap("SizeConstraintStatement", Text(body, "NONE", new JsonObject { ["ComparisonOperator"] = "GT", ["Size"] = 65536 }))),
            ("query-size", Wrap("SizeConstraintStatement", Text(query, "NONE", new JsonObject { ["ComparisonOperator"] = "GT", ["Size"] = 4096 }))),
            ("no-trace", ByteMatch("TRACE", new JsonObject { ["Method"] = new JsonObject() }, "EXACTLY", "NONE")),
            ("no-empty-agent", Wrap("SizeConstraintStatement", Text(agent, "NONE", new JsonObject { ["ComparisonOperator"] = "EQ", ["Size"] = 0 }))),
            ("path-dots", ByteMatch("/.", path, "CONTAINS", "URL_DECODE")),
            ("label-api", ByteMatch("/api/", path, "STARTS_WITH", "NONE")),
            ("api-labelled", new JsonObject { ["LabelMatchStatement"] = new JsonObject { ["Scope"] = "LABEL", ["Key"] = "rampart:label-api" } }),
        ];
        var rules = new JsonArray();
        for (var i = 0; i < statements.Length; i++)
        {
            var (name, statement) = statements[i];
            var counted = name is "label-api" or "api-labelled";
            var rule = new JsonObject
            {
                ["Name"] = name,
                ["Priority"] = i,
                ["Statement"] = statement,
                ["Action"] = new JsonObject { [counted ? "Count" : "Block"] = new JsonObject() },
                ["VisibilityConfig"] = Visibility(name),
            };
            if (name == "label-api")
            {
                rule["RuleLabels"] = new JsonArray(new JsonObject { ["Name"] = "rampart:label-api" });
            }
            rules.Add(rule);
        }
        var webAcl = new JsonObject
        {
            ["Name"] = "bench",
            ["ARN"] = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/bench/3",
            ["DefaultAction"] = new JsonObject { ["Allow"] = new JsonObject() },
            ["VisibilityConfig"] = Visibility("bench"),
            ["Rules"] = rules,
        };
        return WebAclCompiler.Compile(
            Element(webAcl),
            new Dictionary<string, JsonElement> { [IpSetArn] = Element(ipSet) },
            new Dictionary<string, JsonElement> { [RegexSetArn] = Element(regexSet) },
            new Dictionary<string, JsonElement>());
    }

    /// <summary>The request of bench/waf-load/request.lua, as the gateway hands it to the engine.</summary>
    public static WafRequest Request() => new()
    {
        Method = "POST",
        UriPath = "/api/items",
        QueryString = "id=42&q=blue+widgets&page=2",
        Headers =
        [
            new WafHeader("Host", "127.0.0.1:8080"),
            new WafHeader("Content-Type", "application/x-www-form-urlencoded"),
            new WafHeader("User-Agent", "waf-load/1.0"),
            new WafHeader("Accept", "application/json"),
            new WafHeader("Content-Length", "55"),
        ],
        Body = Encoding.ASCII.GetBytes("name=widget&color=blue&size=10&comment=ships+in+two+days"),
        BodyLength = 55,
        ClientIp = IPAddress.Loopback,
    };

    private static JsonObject Visibility(string name) =>
        new() { ["SampledRequestsEnabled"] = true, ["CloudWatchMetricsEnabled"] = true, ["MetricName"] = name };

    private static JsonObject Text(JsonObject field, string transformation, JsonObject? into = null)
    {
        into ??= [];
        into["FieldToMatch"] = field.DeepClone();
        into["TextTransformations"] = new JsonArray(new JsonObject { ["Priority"] = 0, ["Type"] = transformation });
        return into;
    }

    private static JsonObject Wrap(string statement, JsonObject body) => new() { [statement] = body };

    private static JsonObject Regex(string pattern, JsonObject field, string transformation) =>
        Wrap("RegexMatchStatement", Text(field, transformation, new JsonObject { ["RegexString"] = pattern }));

    private static JsonObject ByteMatch(string value, JsonObject field, string constraint, string transformation) =>
        Wrap("ByteMatchStatement", Text(field, transformation, new JsonObject
        {
            ["SearchString"] = Convert.ToBase64String(Encoding.ASCII.GetBytes(value)),
            ["PositionalConstraint"] = constraint,
        }));

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
