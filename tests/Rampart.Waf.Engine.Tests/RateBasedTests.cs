using static Rampart.Waf.Engine.Tests.Waf;

namespace Rampart.Waf.Engine.Tests;

public sealed class RateBasedTests
{
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T12:00:00Z"));

    private static CompiledWebAcl RateAcl(string body) =>
        Compile($"[{Rule("limit", 0, $$$"""{"RateBasedStatement":{{{body}}}}""")}]");

    [Fact]
    public void Requests_over_the_limit_from_one_address_are_blocked_until_the_window_passes()
    {
        var runtime = new WafRuntime(clock);
        var acl = RateAcl("""{"Limit":10,"EvaluationWindowSec":60,"AggregateKeyType":"IP"}""");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: "192.0.2.1"), runtime).Action);
        }
        var blocked = acl.Evaluate(Request(ip: "192.0.2.1"), runtime);
        Assert.Equal(WafAction.Block, blocked.Action);
        Assert.Equal(WafRuleType.RateBased, blocked.TerminatingRuleType);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: "192.0.2.2"), runtime).Action);
        Assert.Equal(["192.0.2.1/32"], runtime.RateLimitedAddresses(AclArn, "limit").IPv4Addresses);
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: "192.0.2.1"), runtime).Action);
        Assert.Empty(runtime.RateLimitedAddresses(AclArn, "limit").IPv4Addresses);
    }

    [Fact]
    public void The_window_slides()
    {
        var runtime = new WafRuntime(clock);
        var acl = RateAcl("""{"Limit":10,"EvaluationWindowSec":120,"AggregateKeyType":"IP"}""");
        for (var i = 0; i < 6; i++)
        {
            acl.Evaluate(Request(), runtime);
        }
        clock.Advance(TimeSpan.FromSeconds(90));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(WafAction.Allow, acl.Evaluate(Request(), runtime).Action);
        }
        Assert.Equal(WafAction.Block, acl.Evaluate(Request(), runtime).Action);
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(), runtime).Action);
    }

    [Fact]
    public void Only_requests_in_the_scope_down_statement_count()
    {
        var runtime = new WafRuntime(clock);
        var scope = ByteMatch(Field("UriPath"), "/login", "EXACTLY");
        var acl = RateAcl($$$"""{"Limit":10,"AggregateKeyType":"CONSTANT","ScopeDownStatement":{{{scope}}}}""");
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(WafAction.Allow, acl.Evaluate(Request("/home", ip: $"192.0.2.{i}"), runtime).Action);
        }
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(WafAction.Allow, acl.Evaluate(Request("/login", ip: $"198.51.100.{i}"), runtime).Action);
        }
        Assert.Equal(WafAction.Block, acl.Evaluate(Request("/login", ip: "203.0.113.1"), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request("/home"), runtime).Action);
    }

    [Fact]
    public void Constant_aggregation_needs_a_scope_down_statement()
    {
        Assert.Throws<WafDefinitionException>(() => RateAcl("""{"Limit":10,"AggregateKeyType":"CONSTANT"}"""));
    }

    [Fact]
    public void Forwarded_ip_aggregation_with_fallback()
    {
        var runtime = new WafRuntime(clock);
        var acl = RateAcl("""{"Limit":10,"AggregateKeyType":"FORWARDED_IP","ForwardedIPConfig":{"HeaderName":"X-Forwarded-For","FallbackBehavior":"MATCH"}}""");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: $"10.0.0.{i}", headers: ("X-Forwarded-For", "203.0.113.5, 10.0.0.1")), runtime).Action);
        }
        Assert.Equal(WafAction.Block, acl.Evaluate(Request(ip: "10.0.0.99", headers: ("X-Forwarded-For", "203.0.113.5")), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: "10.0.0.99", headers: ("X-Forwarded-For", "203.0.113.6")), runtime).Action);
        Assert.Equal(WafAction.Block, acl.Evaluate(Request(ip: "10.0.0.99"), runtime).Action);
        Assert.Equal(["203.0.113.5/32"], runtime.RateLimitedAddresses(AclArn, "limit").IPv4Addresses);
    }

    [Fact]
    public void Custom_keys_aggregate_on_every_component_and_skip_requests_missing_one()
    {
        var runtime = new WafRuntime(clock);
        var acl = RateAcl("""
            {"Limit":10,"AggregateKeyType":"CUSTOM_KEYS","CustomKeys":[
              {"Header":{"Name":"x-api-key","TextTransformations":[{"Priority":0,"Type":"LOWERCASE"}]}},
              {"HTTPMethod":{}},
              {"QueryArgument":{"Name":"tenant","TextTransformations":[{"Priority":0,"Type":"NONE"}]}}]}
            """);
        for (var i = 0; i < 10; i++)
        {
            acl.Evaluate(Request(query: "tenant=a", headers: ("X-Api-Key", i % 2 == 0 ? "KEY1" : "key1")), runtime);
        }
        Assert.Equal(WafAction.Block, acl.Evaluate(Request(query: "tenant=a", headers: ("X-Api-Key", "key1")), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(query: "tenant=b", headers: ("X-Api-Key", "key1")), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(method: "POST", query: "tenant=a", headers: ("X-Api-Key", "key1")), runtime).Action);
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(WafAction.Allow, acl.Evaluate(Request(query: "tenant=a"), runtime).Action);
        }
    }

    [Fact]
    public void Label_namespace_uri_path_cookie_and_query_string_keys()
    {
        var runtime = new WafRuntime(clock);
        var tagger = Rule("tagger", 0, ByteMatch(Field("UriPath"), "/", "STARTS_WITH"), """{"Count":{}}""", """[{"Name":"tier:gold"}]""");
        var limit = Rule("limit", 1, """
            {"RateBasedStatement":{"Limit":10,"AggregateKeyType":"CUSTOM_KEYS","CustomKeys":[
              {"LabelNamespace":{"Namespace":"awswaf:111122223333:webacl:test-acl:tier:"}},
              {"UriPath":{"TextTransformations":[{"Priority":0,"Type":"LOWERCASE"}]}},
              {"Cookie":{"Name":"sid","TextTransformations":[{"Priority":0,"Type":"NONE"}]}},
              {"QueryString":{"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}]}}
            """);
        var acl = Compile($"[{tagger}, {limit}]");
        for (var i = 0; i < 10; i++)
        {
            acl.Evaluate(Request(i % 2 == 0 ? "/API" : "/api", "x=1", headers: ("Cookie", "sid=s1")), runtime);
        }
        Assert.Equal(WafAction.Block, acl.Evaluate(Request("/api", "x=1", headers: ("Cookie", "sid=s1")), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request("/api", "x=1", headers: ("Cookie", "sid=s2")), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request("/api", "x=2", headers: ("Cookie", "sid=s1")), runtime).Action);
    }

    [Fact]
    public void Changing_the_rule_restarts_its_counts()
    {
        var runtime = new WafRuntime(clock);
        var first = RateAcl("""{"Limit":10,"AggregateKeyType":"IP"}""");
        for (var i = 0; i < 11; i++)
        {
            first.Evaluate(Request(), runtime);
        }
        Assert.Equal(WafAction.Block, first.Evaluate(Request(), runtime).Action);
        var changed = RateAcl("""{"Limit":20,"AggregateKeyType":"IP"}""");
        Assert.Equal(WafAction.Allow, changed.Evaluate(Request(), runtime).Action);
    }

    [Fact]
    public void Recompiling_an_unchanged_rule_keeps_its_counts()
    {
        var runtime = new WafRuntime(clock);
        var body = """{"Limit":10,"AggregateKeyType":"IP"}""";
        var first = RateAcl(body);
        for (var i = 0; i < 10; i++)
        {
            first.Evaluate(Request(), runtime);
        }
        Assert.Equal(WafAction.Block, RateAcl(body).Evaluate(Request(), runtime).Action);
    }

    [Theory]
    [InlineData("""{"Limit":9,"AggregateKeyType":"IP"}""")]
    [InlineData("""{"Limit":10,"EvaluationWindowSec":30,"AggregateKeyType":"IP"}""")]
    [InlineData("""{"Limit":10,"AggregateKeyType":"FORWARDED_IP"}""")]
    [InlineData("""{"Limit":10,"AggregateKeyType":"IP","CustomKeys":[{"IP":{}}]}""")]
    [InlineData("""{"Limit":10,"AggregateKeyType":"CUSTOM_KEYS"}""")]
    [InlineData("""{"Limit":10,"AggregateKeyType":"SESSION"}""")]
    public void Invalid_rate_based_statements_are_rejected(string body) =>
        Assert.Throws<WafDefinitionException>(() => RateAcl(body));

    [Fact]
    public void Rate_based_statements_cannot_be_nested()
    {
        var nested = """{"NotStatement":{"Statement":{"RateBasedStatement":{"Limit":10,"AggregateKeyType":"IP"}}}}""";
        Assert.Throws<WafDefinitionException>(() => CompileOne(nested));
    }
}
