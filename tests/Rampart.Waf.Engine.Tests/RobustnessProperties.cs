using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using static Rampart.Waf.Engine.Tests.Waf;

namespace Rampart.Waf.Engine.Tests;

/// <summary>Random definitions never raise anything but <see cref="WafDefinitionException"/>, and random requests
/// never make a compiled web ACL throw.</summary>
public sealed class RobustnessProperties
{
    private static readonly string[] MemberNames =
    [
        "Name", "Priority", "Statement", "Action", "OverrideAction", "VisibilityConfig", "MetricName", "RuleLabels",
        "ByteMatchStatement", "RegexMatchStatement", "SqliMatchStatement", "XssMatchStatement", "SizeConstraintStatement",
        "GeoMatchStatement", "IPSetReferenceStatement", "RegexPatternSetReferenceStatement", "RateBasedStatement",
        "AndStatement", "OrStatement", "NotStatement", "LabelMatchStatement", "RuleGroupReferenceStatement",
        "ManagedRuleGroupStatement", "AsnMatchStatement", "Statements", "FieldToMatch", "TextTransformations", "Type",
        "SearchString", "PositionalConstraint", "RegexString", "ComparisonOperator", "Size", "SensitivityLevel",
        "CountryCodes", "ARN", "Limit", "AggregateKeyType", "EvaluationWindowSec", "CustomKeys", "ScopeDownStatement",
        "ForwardedIPConfig", "HeaderName", "FallbackBehavior", "Position", "IPSetForwardedIPConfig", "Scope", "Key",
        "VendorName", "ExcludedRules", "RuleActionOverrides", "ActionToUse", "UriPath", "QueryString", "Body",
        "JsonBody", "Headers", "Cookies", "MatchPattern", "MatchScope", "OversizeHandling", "All", "IncludedPaths",
        "SingleHeader", "SingleQueryArgument", "AllQueryArguments", "Method", "JA3Fingerprint", "HeaderOrder",
        "UriFragment", "InvalidFallbackBehavior", "Block", "Allow", "Count", "Captcha", "Challenge", "None",
        "CustomResponse", "ResponseCode", "CustomResponseBodyKey", "CustomRequestHandling", "InsertHeaders", "Value",
        "DefaultAction", "Rules", "CustomResponseBodies", "ContentType", "Content", "CaptchaConfig",
        "ImmunityTimeProperty", "ImmunityTime", "AsnList", "IncludedHeaders", "ExcludedCookies", "Version",
    ];

    private static readonly string[] StringValues =
    [
        "", "x", "r1", "EXACTLY", "CONTAINS", "CONTAINS_WORD", "STARTS_WITH", "URL_DECODE", "LOWERCASE", "NONE", "MD5",
        "LOW", "HIGH", "IP", "CONSTANT", "FORWARDED_IP", "CUSTOM_KEYS", "MATCH", "NO_MATCH", "CONTINUE", "ANY", "FIRST",
        "LABEL", "NAMESPACE", "ALL", "KEY", "VALUE", "GT", "EQ", "US", "AWS", "AWSManagedRulesCommonRuleSet", "YQ==",
        "(", "[a-z]+", "X-Forwarded-For", "TEXT_PLAIN", "EVALUATE_AS_STRING", "/a", "a:b:", "192.0.2.0/24",
    ];

    private static Gen<JsonNode?> Node(int depth)
    {
        var leaves = Gen.OneOf(
            Gen.Elements(StringValues).Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Choose(-5, 700).Select(n => (JsonNode?)JsonValue.Create(n)),
            Gen.Elements<JsonNode?>(JsonValue.Create(true), null, new JsonObject(), new JsonArray()));
        if (depth <= 0)
        {
            return leaves;
        }
        var child = Node(depth - 1);
        var obj = Gen.Zip(Gen.Elements(MemberNames), child).ListOf().Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in pairs)
            {
                o[name] = value?.DeepClone();
            }
            return (JsonNode?)o;
        });
        var array = child.ListOf().Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));
        return Gen.Frequency((2, leaves), (3, obj), (1, array));
    }

    private static readonly string ValidAcl = WebAcl($$$"""
        [{{{Rule("a", 0, ByteMatch(Field("UriPath"), "/admin", "STARTS_WITH", "LOWERCASE"))}}},
         {{{Rule("b", 1, """{"SqliMatchStatement":{"FieldToMatch":{"AllQueryArguments":{}},"TextTransformations":[{"Priority":0,"Type":"URL_DECODE"}]}}""")}}},
         {{{Rule("c", 2, """{"RateBasedStatement":{"Limit":100,"AggregateKeyType":"IP"}}""")}}},
         {{{Rule("d", 3, """{"NotStatement":{"Statement":{"GeoMatchStatement":{"CountryCodes":["US"]}}}}""", """{"Count":{}}""")}}}]
        """).GetRawText();

    // A valid web ACL with one member somewhere replaced by a random value or removed.
    private static Gen<JsonNode> Mutated() =>
        from target in Gen.Choose(0, 500)
        from replacement in Node(2)
        from remove in Gen.Elements(true, false)
        select Apply(target, replacement, remove);

    private static JsonNode Apply(int target, JsonNode? replacement, bool remove)
    {
        var root = JsonNode.Parse(ValidAcl)!;
        var seen = 0;
        Mutate(root, ref seen, target, replacement, remove);
        return root;
    }

    private static bool Mutate(JsonNode node, ref int seen, int target, JsonNode? replacement, bool remove)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Select(p => p.Key).ToList())
            {
                if (seen++ == target)
                {
                    if (remove)
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        obj[key] = replacement?.DeepClone();
                    }
                    return true;
                }
                if (obj[key] is { } child && Mutate(child, ref seen, target, replacement, remove))
                {
                    return true;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (seen++ == target)
                {
                    array[i] = replacement?.DeepClone();
                    return true;
                }
                if (array[i] is { } child && Mutate(child, ref seen, target, replacement, remove))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool OnlyDefinitionErrors(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (WafDefinitionException)
        {
            return true;
        }
    }

    [Fact]
    public void Random_web_acls_raise_only_definition_errors()
    {
        Prop.ForAll(Node(4).ToArbitrary(), node =>
        {
            var element = JsonSerializer.SerializeToElement(node);
            return OnlyDefinitionErrors(() => WebAclCompiler.Compile(element, WafReferences.None)) &&
                   OnlyDefinitionErrors(() => WcuCalculator.RulesCapacity(element, WafReferences.None)) &&
                   OnlyDefinitionErrors(() => WebAclCompiler.ValidateRules(element, WafReferences.None)) &&
                   OnlyDefinitionErrors(() => WebAclCompiler.ValidateRuleGroup(element, WafReferences.None));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void Mutated_web_acls_raise_only_definition_errors_and_compiled_ones_evaluate()
    {
        Prop.ForAll(Mutated().ToArbitrary(), node =>
        {
            var element = JsonSerializer.SerializeToElement(node);
            var rules = element.TryGetProperty("Rules", out var r) ? r : default;
            var compiles = OnlyDefinitionErrors(() =>
            {
                var acl = WebAclCompiler.Compile(element, WafReferences.None);
                acl.Evaluate(Request("/admin", "a=1%27%20or%201=1"), new WafRuntime());
            });
            return compiles && OnlyDefinitionErrors(() => WcuCalculator.RulesCapacity(rules, WafReferences.None));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    private static Gen<string> Text() => Gen.OneOf(
        ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? ""),
        Gen.Elements("%", "%u12", "&#x", "'", "\"", "<", ">", "/*", "--", "{", "}", "\0", "é", "\\", ";", "=", "&", "a", " ")
            .ArrayOf().Select(parts => string.Concat(parts)));

    private static readonly CompiledWebAcl Everything = Compile($$$"""
        [{{{Rule("sqli", 0, """{"SqliMatchStatement":{"FieldToMatch":{"Body":{"OversizeHandling":"CONTINUE"}},"SensitivityLevel":"HIGH","TextTransformations":[{"Priority":0,"Type":"URL_DECODE"},{"Priority":1,"Type":"HTML_ENTITY_DECODE"}]}}""", """{"Count":{}}""")}}},
         {{{Rule("xss", 1, """{"XssMatchStatement":{"FieldToMatch":{"Headers":{"MatchPattern":{"All":{}},"MatchScope":"ALL","OversizeHandling":"CONTINUE"}},"TextTransformations":[{"Priority":0,"Type":"JS_DECODE"},{"Priority":1,"Type":"CSS_DECODE"}]}}""", """{"Count":{}}""")}}},
         {{{Rule("json", 2, """{"SqliMatchStatement":{"FieldToMatch":{"JsonBody":{"MatchPattern":{"All":{}},"MatchScope":"ALL"}},"TextTransformations":[{"Priority":0,"Type":"BASE64_DECODE_EXT"}]}}""", """{"Count":{}}""")}}},
         {{{Rule("cookies", 3, """{"XssMatchStatement":{"FieldToMatch":{"Cookies":{"MatchPattern":{"All":{}},"MatchScope":"ALL","OversizeHandling":"MATCH"}},"TextTransformations":[{"Priority":0,"Type":"URL_DECODE_UNI"},{"Priority":1,"Type":"UTF8_TO_UNICODE"}]}}""", """{"Count":{}}""")}}},
         {{{Rule("args", 4, """{"XssMatchStatement":{"FieldToMatch":{"AllQueryArguments":{}},"TextTransformations":[{"Priority":0,"Type":"URL_DECODE"},{"Priority":1,"Type":"NORMALIZE_PATH_WIN"}]}}""", """{"Count":{}}""")}}},
         {{{Rule("rate", 5, """{"RateBasedStatement":{"Limit":10,"AggregateKeyType":"CUSTOM_KEYS","CustomKeys":[{"Header":{"Name":"x","TextTransformations":[{"Priority":0,"Type":"CMD_LINE"}]}},{"QueryString":{"TextTransformations":[{"Priority":0,"Type":"HEX_DECODE"}]}}]}}""")}}},
         {{{Rule("order", 6, ByteMatch("""{"HeaderOrder":{"OversizeHandling":"CONTINUE"}}""", "x", "CONTAINS_WORD", "SQL_HEX_DECODE", "ESCAPE_SEQ_DECODE"), """{"Count":{}}""")}}}]
        """);

    [Fact]
    public void Random_requests_never_make_evaluation_throw()
    {
        var runtime = new WafRuntime();
        var requests =
            from path in Text()
            from query in Text()
            from headerParts in Text().ArrayOf()
            from body in Text()
            select Build(path, query, headerParts, body);
        Prop.ForAll(requests.ToArbitrary(), request => Everything.Evaluate(request, runtime) is not null).QuickCheckThrowOnFailure();
    }

    private static WafRequest Build(string path, string query, string[] headerParts, string body)
    {
        var headers = headerParts.Select((h, i) => new WafHeader(i % 3 == 0 ? "Cookie" : "x" + h.Length, h)).ToList();
        var bytes = Encoding.UTF8.GetBytes(body);
        return new WafRequest
        {
            Method = "POST",
            UriPath = "/" + path,
            QueryString = query,
            Headers = headers,
            Body = bytes,
            BodyLength = bytes.Length,
            ClientIp = IPAddress.Loopback,
        };
    }

    [Fact]
    public void Detectors_are_total()
    {
        Prop.ForAll(Text().ToArbitrary(), text =>
        {
            Detection.SqlInjectionDetector.IsInjection(text, Detection.SqlSensitivity.High);
            Detection.CrossSiteScriptingDetector.IsAttack(text);
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
