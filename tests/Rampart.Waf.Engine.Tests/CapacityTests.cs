using static Rampart.Waf.Engine.Tests.Waf;

namespace Rampart.Waf.Engine.Tests;

public sealed class CapacityTests
{
    private static long Wcu(string statement, WafReferences? references = null) =>
        WcuCalculator.StatementCapacity(Parse(statement), references ?? WafReferences.None);

    private static string Inspect(string type, string field, string transforms, string extra = "") =>
        $$$"""{"{{{type}}}":{"FieldToMatch":{{{field}}},"TextTransformations":{{{transforms}}}{{{extra}}}}}""";

    [Theory]
    [InlineData("EXACTLY", """{"UriPath":{}}""", 0, 2)]
    [InlineData("STARTS_WITH", """{"UriPath":{}}""", 0, 2)]
    [InlineData("ENDS_WITH", """{"UriPath":{}}""", 1, 12)]
    [InlineData("CONTAINS", """{"UriPath":{}}""", 0, 10)]
    [InlineData("CONTAINS_WORD", """{"UriPath":{}}""", 2, 30)]
    [InlineData("CONTAINS", """{"AllQueryArguments":{}}""", 0, 20)]
    [InlineData("EXACTLY", """{"JsonBody":{"MatchPattern":{"All":{}},"MatchScope":"ALL"}}""", 1, 14)]
    public void String_match_costs(string position, string field, int transformCount, long expected)
    {
        var transforms = Transforms(Enumerable.Repeat("LOWERCASE", transformCount).ToArray());
        var statement = $$$"""{"ByteMatchStatement":{"SearchString":"YQ==","FieldToMatch":{{{field}}},"PositionalConstraint":"{{{position}}}","TextTransformations":{{{transforms}}}}}""";
        Assert.Equal(expected, Wcu(statement));
    }

    [Fact]
    public void Inspection_statement_costs()
    {
        var none = Transforms("NONE");
        var two = Transforms("URL_DECODE", "HTML_ENTITY_DECODE");
        Assert.Equal(3, Wcu(Inspect("RegexMatchStatement", """{"UriPath":{}}""", none, ""","RegexString":"a" """)));
        Assert.Equal(25 + 20, Wcu(Inspect("RegexPatternSetReferenceStatement", """{"UriPath":{}}""", two, ""","ARN":"x" """)));
        Assert.Equal(1, Wcu(Inspect("SizeConstraintStatement", """{"Body":{}}""", none, ""","ComparisonOperator":"GT","Size":1""")));
        Assert.Equal(20, Wcu(Inspect("SqliMatchStatement", """{"QueryString":{}}""", none)));
        Assert.Equal(30 + 20, Wcu(Inspect("SqliMatchStatement", """{"QueryString":{}}""", two, ""","SensitivityLevel":"HIGH" """)));
        Assert.Equal(40 + 10 + 20, Wcu(Inspect("XssMatchStatement", """{"AllQueryArguments":{}}""", two)));
        Assert.Equal(80, Wcu(Inspect("XssMatchStatement", """{"JsonBody":{"MatchPattern":{"All":{}},"MatchScope":"VALUE"}}""", none)));
    }

    [Fact]
    public void Address_label_logical_and_rate_based_costs()
    {
        Assert.Equal(1, Wcu("""{"IPSetReferenceStatement":{"ARN":"x"}}"""));
        Assert.Equal(5, Wcu("""{"IPSetReferenceStatement":{"ARN":"x","IPSetForwardedIPConfig":{"HeaderName":"X-Forwarded-For","FallbackBehavior":"MATCH","Position":"ANY"}}}"""));
        Assert.Equal(1, Wcu("""{"IPSetReferenceStatement":{"ARN":"x","IPSetForwardedIPConfig":{"HeaderName":"X-Forwarded-For","FallbackBehavior":"MATCH","Position":"FIRST"}}}"""));
        Assert.Equal(1, Wcu("""{"GeoMatchStatement":{"CountryCodes":["US"]}}"""));
        Assert.Equal(1, Wcu("""{"LabelMatchStatement":{"Scope":"LABEL","Key":"a"}}"""));
        var geo = """{"GeoMatchStatement":{"CountryCodes":["US"]}}""";
        var sqli = Inspect("SqliMatchStatement", """{"QueryString":{}}""", Transforms("NONE"));
        Assert.Equal(21, Wcu($$$"""{"AndStatement":{"Statements":[{{{geo}}},{{{sqli}}}]}}"""));
        Assert.Equal(21, Wcu("{\"NotStatement\":{\"Statement\":{\"OrStatement\":{\"Statements\":[" + geo + "," + sqli + "]}}}}"));
        Assert.Equal(2, Wcu("""{"RateBasedStatement":{"Limit":100,"AggregateKeyType":"IP"}}"""));
        Assert.Equal(2 + 60 + 1, Wcu($$$"""{"RateBasedStatement":{"Limit":100,"AggregateKeyType":"CUSTOM_KEYS","CustomKeys":[{"IP":{}},{"HTTPMethod":{}}],"ScopeDownStatement":{{{geo}}}}}"""));
    }

    [Fact]
    public void Rule_groups_cost_their_capacity_and_managed_groups_their_published_one()
    {
        const string arn = "arn:aws:wafv2:us-east-1:1:regional/rulegroup/g/1";
        var references = References(ruleGroups: [(arn, """{"Name":"g","Id":"1","ARN":"x","Capacity":123,"VisibilityConfig":{}}""")]);
        Assert.Equal(123, Wcu($$$"""{"RuleGroupReferenceStatement":{"ARN":"{{{arn}}}"}}""", references));
        Assert.Equal(WafDefinitionException.NonexistentItem,
            Assert.Throws<WafDefinitionException>(() => Wcu("""{"RuleGroupReferenceStatement":{"ARN":"missing"}}""")).ErrorCode);
        Assert.Equal(700, Wcu("""{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesCommonRuleSet"}}"""));
        Assert.Equal(200, Wcu("""{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesSQLiRuleSet"}}"""));
        Assert.Equal(200, Wcu("""{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesKnownBadInputsRuleSet"}}"""));
        Assert.Equal(25, Wcu("""{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesAmazonIpReputationList"}}"""));
    }

    [Fact]
    public void Rules_capacity_sums_rules()
    {
        var rules = Parse($"[{Rule("a", 0, ByteMatch(Field("UriPath"), "/x", "CONTAINS", "LOWERCASE"))}, {Rule("b", 1, """{"GeoMatchStatement":{"CountryCodes":["US"]}}""")}]");
        Assert.Equal(21, WcuCalculator.RulesCapacity(rules, WafReferences.None));
        Assert.Equal(1_500, WcuCalculator.DefaultWebAclCapacityLimit);
        Assert.Equal(5_000, WcuCalculator.MaxWebAclCapacity);
    }

    [Fact]
    public void The_catalog_lists_aws_names_capacities_and_labels()
    {
        var catalog = ManagedRuleGroupCatalog.Default;
        var common = catalog.Find("AWS", "AWSManagedRulesCommonRuleSet")!;
        Assert.Equal(700, common.Capacity);
        Assert.Equal("awswaf:managed:aws:core-rule-set:", common.LabelNamespace);
        Assert.Contains(new ManagedRuleSummary("NoUserAgent_HEADER", WafAction.Block), common.Rules);
        Assert.Contains(new ManagedRuleSummary("CrossSiteScripting_BODY", WafAction.Block), common.Rules);
        Assert.Contains("awswaf:managed:aws:core-rule-set:NoUserAgent_Header", common.AvailableLabels);
        Assert.Equal("Version_1.0", common.DefaultVersion);
        var reputation = catalog.Find("AWS", "AWSManagedRulesAmazonIpReputationList")!;
        Assert.Contains(new ManagedRuleSummary("AWSManagedIPDDoSList", WafAction.Count), reputation.Rules);
        Assert.False(reputation.VersioningSupported);
        Assert.Null(catalog.Find("aws", "AWSManagedRulesCommonRuleSet"));
        Assert.Equal(6, catalog.Groups.Count);
        Assert.All(catalog.Groups, g => WebAclCompiler.ValidateRules(Parse($$$"""
            [{"Name":"m","Priority":0,"Statement":{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"{{{g.Name}}}"}},"OverrideAction":{"None":{}},
              "VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"m"}}]
            """), WafReferences.None));
    }

    [Fact]
    public void Ip_reputation_lists_come_from_the_operator()
    {
        var catalog = new ManagedRuleGroupCatalog(new IpReputationLists(["203.0.113.0/24", "2001:db8::/48"], [], [], [], []));
        var acl = WebAclCompiler.Compile(WebAcl("""
            [{"Name":"rep","Priority":0,"Statement":{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesAmazonIpReputationList"}},
              "OverrideAction":{"None":{}},"VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"rep"}}]
            """), WafReferences.None, catalog);
        var verdict = Run(acl, Request(ip: "203.0.113.9"));
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Contains("awswaf:managed:aws:amazon-ip-list:AWSManagedIPReputationList", verdict.Labels);
        Assert.Equal(WafAction.Block, Run(acl, Request(ip: "2001:db8::5")).Action);
        Assert.Equal(WafAction.Allow, Run(acl, Request(ip: "198.51.100.1")).Action);
    }
}
