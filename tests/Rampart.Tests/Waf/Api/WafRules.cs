namespace Rampart.Tests.Waf.Api;

/// <summary>Rule JSON for the WAFv2 end-to-end tests.</summary>
public static class WafRules
{
    public const string Visibility = """{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"m"}""";

    public const string VisibilityArgument = "SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=m";

    public static string Rule(string name, int priority, string statement, string action = "\"Action\":{\"Block\":{}}") =>
        $$$"""{"Name":"{{{name}}}","Priority":{{{priority}}},"Statement":{{{statement}}},{{{action}}},"VisibilityConfig":{{{Visibility}}}}""";

    public static string IpSetReference(string arn) => $$$"""{"IPSetReferenceStatement":{"ARN":"{{{arn}}}"}}""";

    public static string RegexSetReference(string arn) =>
        $$$"""{"RegexPatternSetReferenceStatement":{"ARN":"{{{arn}}}","FieldToMatch":{"UriPath":{}},"TextTransformations":[{"Priority":0,"Type":"LOWERCASE"}]}}""";

    /// <summary>An XSS statement on the body with five transformations: 40 x 2 (body) + 5 x 10 = 130 WCUs... as AWS
    /// prices it, heavy enough that 60 of them exceed any web ACL's 5,000.</summary>
    public static string HeavyXss() =>
        """{"XssMatchStatement":{"FieldToMatch":{"Body":{}},"TextTransformations":[{"Priority":0,"Type":"URL_DECODE"},{"Priority":1,"Type":"HTML_ENTITY_DECODE"},{"Priority":2,"Type":"LOWERCASE"},{"Priority":3,"Type":"COMPRESS_WHITE_SPACE"},{"Priority":4,"Type":"CMD_LINE"}]}}""";

    public static string Rules(params string[] rules) => $"[{string.Join(",", rules)}]";
}
