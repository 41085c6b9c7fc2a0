namespace Rampart.Tests.Waf.Gateway;

/// <summary>Web ACLs in GetWebACL's shape for the gateway tests.</summary>
public static class WebAcls
{
    public const string Arn = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/test-acl/11111111-2222-3333-4444-555555555555";
    public const string BlockedIpSetArn = "arn:aws:wafv2:us-east-1:123456789012:regional/ipset/blocked/aaaaaaaa-2222-3333-4444-555555555555";

    public static string IpSet(params string[] addresses) => $$$"""
        {"Name": "blocked", "Id": "aaaaaaaa-2222-3333-4444-555555555555", "ARN": "{{{BlockedIpSetArn}}}",
         "IPAddressVersion": "IPV4", "Addresses": [{{{string.Join(", ", addresses.Select(address => $"\"{address}\""))}}}]}
        """;

    /// <summary>A web ACL of <paramref name="rules"/> (JSON rule objects) that allows by default.</summary>
    public static string Allowing(params string[] rules) => Named("test-acl", rules);

    /// <summary>The same under another metric name, for tests that read counters other tests also move.</summary>
    public static string Named(string metricName, params string[] rules) => $$$"""
        {"Name": "test-acl", "Id": "11111111-2222-3333-4444-555555555555", "ARN": "{{{Arn}}}",
         "DefaultAction": {"Allow": {}},
         "Rules": [{{{string.Join(",\n", rules)}}}],
         "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "{{{metricName}}}"},
         "CustomResponseBodies": {"teapot": {"ContentType": "APPLICATION_JSON", "Content": "{\"brewing\": false}"}},
         "Capacity": 100}
        """;

    public static string Rule(string name, int priority, string statement, string action) => $$$"""
        {"Name": "{{{name}}}", "Priority": {{{priority}}}, "Statement": {{{statement}}}, "Action": {{{action}}},
         "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "{{{name}}}"}}
        """;

    public const string Block = """{"Block": {}}""";

    /// <summary>Paths starting with <paramref name="prefix"/> (SearchString is a blob: base64 in GetWebACL's output).</summary>
    public static string OnPath(string prefix) => $$$"""
        {"ByteMatchStatement": {"SearchString": "{{{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(prefix))}}}", "FieldToMatch": {"UriPath": {}},
          "TextTransformations": [{"Priority": 0, "Type": "NONE"}], "PositionalConstraint": "STARTS_WITH"}}
        """;

    public const string InBlockedIpSet = $$$"""{"IPSetReferenceStatement": {"ARN": "{{{BlockedIpSetArn}}}"}}""";

    public const string SqliInQueryOrBody = """
        {"OrStatement": {"Statements": [
          {"SqliMatchStatement": {"FieldToMatch": {"QueryString": {}}, "TextTransformations": [{"Priority": 0, "Type": "URL_DECODE"}]}},
          {"SqliMatchStatement": {"FieldToMatch": {"Body": {"OversizeHandling": "CONTINUE"}}, "TextTransformations": [{"Priority": 0, "Type": "URL_DECODE"}]}}]}}
        """;

    public const string XssInQueryOrBody = """
        {"OrStatement": {"Statements": [
          {"XssMatchStatement": {"FieldToMatch": {"QueryString": {}}, "TextTransformations": [{"Priority": 0, "Type": "URL_DECODE"}]}},
          {"XssMatchStatement": {"FieldToMatch": {"Body": {"OversizeHandling": "CONTINUE"}}, "TextTransformations": [{"Priority": 0, "Type": "URL_DECODE"}]}}]}}
        """;

    public static string RateLimit(int limit) => $$$"""
        {"RateBasedStatement": {"Limit": {{{limit}}}, "EvaluationWindowSec": 60, "AggregateKeyType": "IP"}}
        """;

    /// <summary>The rules most tests run under: blocked addresses, SQL injection and XSS blocked, a header inserted on
    /// /greet, a custom response on /teapot, CAPTCHA on /captcha and a challenge on /challenge.</summary>
    public static string Standard => StandardNamed("test-acl");

    public static string StandardNamed(string metricName) => Named(
        metricName,
        Rule("blocked-ips", 0, InBlockedIpSet, Block),
        Rule("sqli", 1, SqliInQueryOrBody, Block),
        Rule("xss", 2, XssInQueryOrBody, Block),
        Rule("greet", 3, OnPath("/greet"), """{"Allow": {"CustomRequestHandling": {"InsertHeaders": [{"Name": "greeting", "Value": "hello"}]}}}"""),
        Rule("teapot", 4, OnPath("/teapot"), """{"Block": {"CustomResponse": {"ResponseCode": 418, "CustomResponseBodyKey": "teapot", "ResponseHeaders": [{"Name": "x-brew", "Value": "no"}]}}}"""),
        Rule("captcha", 5, OnPath("/captcha"), """{"Captcha": {}}"""),
        Rule("challenge", 6, OnPath("/challenge"), """{"Challenge": {}}"""));
}
