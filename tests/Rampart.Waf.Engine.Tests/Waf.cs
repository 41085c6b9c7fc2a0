using System.Net;
using System.Text;
using System.Text.Json;

namespace Rampart.Waf.Engine.Tests;

/// <summary>Builds definitions and requests for tests: web ACLs from JSON text, requests from a few fields.</summary>
internal static class Waf
{
    public const string AclArn = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/test-acl/1111";

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>A web ACL with the given rules (a JSON array) and default action.</summary>
    public static JsonElement WebAcl(string rules, string defaultAction = """{"Allow":{}}""", string extra = "") => Parse($$"""
        {
          "Name": "test-acl",
          "Id": "1111",
          "ARN": "{{AclArn}}",
          "DefaultAction": {{defaultAction}},
          "Rules": {{rules}},
          "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "test-acl"},
          "Capacity": 0,
          "LabelNamespace": "awswaf:111122223333:webacl:test-acl:"
          {{extra}}
        }
        """);

    /// <summary>One rule around a statement.</summary>
    public static string Rule(string name, int priority, string statement, string action = """{"Block":{}}""", string labels = "") => $$"""
        {
          "Name": "{{name}}",
          "Priority": {{priority}},
          "Statement": {{statement}},
          "Action": {{action}},
          {{(labels.Length > 0 ? $"\"RuleLabels\": {labels}," : "")}}
          "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "{{name}}-metric"}
        }
        """;

    public static CompiledWebAcl Compile(string rules, string defaultAction = """{"Allow":{}}""", WafReferences? references = null, string extra = "") =>
        WebAclCompiler.Compile(WebAcl(rules, defaultAction, extra), references ?? WafReferences.None);

    public static CompiledWebAcl CompileOne(string statement, string action = """{"Block":{}}""", WafReferences? references = null) =>
        Compile($"[{Rule("r", 0, statement, action)}]", references: references);

    public static WafRequest Request(
        string path = "/",
        string query = "",
        string method = "GET",
        string ip = "192.0.2.10",
        string? body = null,
        params (string Name, string Value)[] headers) =>
        new()
        {
            Method = method,
            UriPath = path,
            QueryString = query,
            Headers = headers.Select(h => new WafHeader(h.Name, h.Value)).ToList(),
            Body = body is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(body),
            BodyLength = body is null ? 0 : Encoding.UTF8.GetByteCount(body),
            ClientIp = IPAddress.Parse(ip),
        };

    public static WafVerdict Run(CompiledWebAcl acl, WafRequest request, WafRuntime? runtime = null) =>
        acl.Evaluate(request, runtime ?? new WafRuntime());

    public static bool Blocks(string statement, WafRequest request, WafReferences? references = null) =>
        Run(CompileOne(statement, references: references), request).Action == WafAction.Block;

    public static string Field(string kind, string? name = null) =>
        name is null ? $$$"""{"{{{kind}}}":{}}""" : $$$"""{"{{{kind}}}":{"Name":"{{{name}}}"}}""";

    public static string Transforms(params string[] types) =>
        "[" + string.Join(",", types.Select((t, i) => $$"""{"Priority":{{i}},"Type":"{{t}}"}""")) + "]";

    public static string ByteMatch(string field, string search, string position, params string[] transforms) => $$$"""
        {"ByteMatchStatement":{"SearchString":"{{{B64(search)}}}","FieldToMatch":{{{field}}},"PositionalConstraint":"{{{position}}}","TextTransformations":{{{Transforms(transforms.Length == 0 ? ["NONE"] : transforms)}}}}}
        """;

    public static WafReferences References(
        IEnumerable<(string Arn, string Json)>? ipSets = null,
        IEnumerable<(string Arn, string Json)>? regexSets = null,
        IEnumerable<(string Arn, string Json)>? ruleGroups = null) =>
        new(
            (ipSets ?? []).ToDictionary(p => p.Arn, p => Parse(p.Json)),
            (regexSets ?? []).ToDictionary(p => p.Arn, p => Parse(p.Json)),
            (ruleGroups ?? []).ToDictionary(p => p.Arn, p => Parse(p.Json)));
}
