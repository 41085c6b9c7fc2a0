using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Waf.Api;

/// <summary>The WAFv2 control plane through the real aws CLI: entities, lock tokens, references and associations
/// that block deletion, capacity limits and rule validation with AWS's error codes.</summary>
public sealed class WafEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Waf => new(fixture.Server, "wafv2");

    private string Gateway(string name) => $"arn:aws:elasticloadbalancing:us-east-1:{fixture.Server.AccountId}:loadbalancer/app/{name}/0123456789abcdef";

    [Fact]
    public async Task IP_sets_refuse_duplicate_names_malformed_addresses_and_stale_lock_tokens()
    {
        var created = (await Waf.OkAsync("create-ip-set", "--name", "office", "--scope", "REGIONAL", "--ip-address-version", "IPV4",
            "--addresses", "192.0.2.0/24", "198.51.100.7/32")).GetProperty("Summary");
        var id = created.GetProperty("Id").GetString()!;
        Assert.Equal($"arn:aws:wafv2:us-east-1:{fixture.Server.AccountId}:regional/ipset/office/{id}", created.GetProperty("ARN").GetString());

        Assert.Contains("(WAFDuplicateItemException)", await Waf.FailsAsync("create-ip-set", "--name", "office", "--scope", "REGIONAL",
            "--ip-address-version", "IPV4", "--addresses", "10.0.0.0/8"));
        var allAddresses = await Waf.FailsAsync("create-ip-set", "--name", "everyone", "--scope", "REGIONAL", "--ip-address-version", "IPV4", "--addresses", "0.0.0.0/0");
        Assert.Contains("(WAFInvalidParameterException)", allAddresses);
        Assert.Contains("field: IP_ADDRESS, parameter: 0.0.0.0/0", allAddresses);
        Assert.Contains("field: IP_ADDRESS", await Waf.FailsAsync("create-ip-set", "--name", "v6", "--scope", "REGIONAL", "--ip-address-version", "IPV4", "--addresses", "2001:db8::/32"));

        var firstToken = created.GetProperty("LockToken").GetString()!;
        var next = (await Waf.OkAsync("update-ip-set", "--name", "office", "--scope", "REGIONAL", "--id", id, "--lock-token", firstToken,
            "--addresses", "203.0.113.0/24")).GetProperty("NextLockToken").GetString();
        Assert.NotEqual(firstToken, next);
        Assert.Contains("(WAFOptimisticLockException)", await Waf.FailsAsync("update-ip-set", "--name", "office", "--scope", "REGIONAL", "--id", id,
            "--lock-token", firstToken, "--addresses", "10.0.0.0/8"));

        var current = await Waf.OkAsync("get-ip-set", "--name", "office", "--scope", "REGIONAL", "--id", id);
        Assert.Equal(next, current.GetProperty("LockToken").GetString());
        Assert.Equal(["203.0.113.0/24"], current.GetProperty("IPSet").GetProperty("Addresses").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("(WAFNonexistentItemException)", await Waf.FailsAsync("get-ip-set", "--name", "office", "--scope", "REGIONAL",
            "--id", Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task A_web_ACL_in_front_of_a_gateway_and_the_sets_it_uses_cannot_be_deleted()
    {
        var ipSet = (await Waf.OkAsync("create-ip-set", "--name", "denylist", "--scope", "REGIONAL", "--ip-address-version", "IPV4",
            "--addresses", "192.0.2.0/24")).GetProperty("Summary");
        var regexSet = (await Waf.OkAsync("create-regex-pattern-set", "--name", "admin-paths", "--scope", "REGIONAL",
            "--regular-expression-list", "RegexString=^/admin", "RegexString=^/wp-")).GetProperty("Summary");
        var rules = WafRules.Rules(
            WafRules.Rule("deny", 0, WafRules.IpSetReference(ipSet.GetProperty("ARN").GetString()!)),
            WafRules.Rule("admin", 1, WafRules.RegexSetReference(regexSet.GetProperty("ARN").GetString()!)));
        var webAcl = (await Waf.OkAsync("create-web-acl", "--name", "storefront", "--scope", "REGIONAL", "--default-action", "Allow={}",
            "--rules", rules, "--visibility-config", WafRules.VisibilityArgument)).GetProperty("Summary");
        var webAclArn = webAcl.GetProperty("ARN").GetString()!;
        var webAclId = webAcl.GetProperty("Id").GetString()!;
        var gateway = Gateway("storefront");

        var stored = (await Waf.OkAsync("get-web-acl", "--name", "storefront", "--scope", "REGIONAL", "--id", webAclId)).GetProperty("WebACL");
        Assert.Equal(1 + 25 + 10, stored.GetProperty("Capacity").GetInt64());
        Assert.Equal($"awswaf:{fixture.Server.AccountId}:webacl:storefront:", stored.GetProperty("LabelNamespace").GetString());

        await Waf.OkAsync("associate-web-acl", "--web-acl-arn", webAclArn, "--resource-arn", gateway);
        Assert.Equal(webAclArn, (await Waf.OkAsync("get-web-acl-for-resource", "--resource-arn", gateway)).GetProperty("WebACL").GetProperty("ARN").GetString());
        Assert.Equal([gateway], (await Waf.OkAsync("list-resources-for-web-acl", "--web-acl-arn", webAclArn)).GetProperty("ResourceArns").EnumerateArray().Select(a => a.GetString()));

        var lockToken = (await Waf.OkAsync("get-web-acl", "--name", "storefront", "--scope", "REGIONAL", "--id", webAclId)).GetProperty("LockToken").GetString()!;
        Assert.Contains("(WAFAssociatedItemException)", await Waf.FailsAsync("delete-web-acl", "--name", "storefront", "--scope", "REGIONAL", "--id", webAclId, "--lock-token", lockToken));
        Assert.Contains("(WAFAssociatedItemException)", await Waf.FailsAsync("delete-ip-set", "--name", "denylist", "--scope", "REGIONAL",
            "--id", ipSet.GetProperty("Id").GetString()!, "--lock-token", ipSet.GetProperty("LockToken").GetString()!));

        await Waf.OkAsync("disassociate-web-acl", "--resource-arn", gateway);
        Assert.False((await Waf.OkAsync("get-web-acl-for-resource", "--resource-arn", gateway)).TryGetProperty("WebACL", out _));
        await Waf.OkAsync("delete-web-acl", "--name", "storefront", "--scope", "REGIONAL", "--id", webAclId, "--lock-token", lockToken);
        await Waf.OkAsync("delete-ip-set", "--name", "denylist", "--scope", "REGIONAL",
            "--id", ipSet.GetProperty("Id").GetString()!, "--lock-token", ipSet.GetProperty("LockToken").GetString()!);
        Assert.Contains("(WAFNonexistentItemException)", await Waf.FailsAsync("associate-web-acl", "--web-acl-arn", webAclArn, "--resource-arn", gateway));
    }

    [Fact]
    public async Task Associations_take_only_load_balancer_ARNs_of_the_callers_account_and_region()
    {
        var webAcl = (await Waf.OkAsync("create-web-acl", "--name", "assoc", "--scope", "REGIONAL", "--default-action", "Block={}",
            "--visibility-config", WafRules.VisibilityArgument)).GetProperty("Summary").GetProperty("ARN").GetString()!;

        Assert.Contains("(AccessDeniedException)", await Waf.FailsAsync("associate-web-acl", "--web-acl-arn", webAcl, "--resource-arn",
            "arn:aws:elasticloadbalancing:us-east-1:999999999999:loadbalancer/app/theirs/0123456789abcdef"));
        foreach (var resource in new[]
        {
            $"arn:aws:elasticloadbalancing:eu-west-1:{fixture.Server.AccountId}:loadbalancer/app/elsewhere/0123456789abcdef",
            $"arn:aws:elasticloadbalancing:us-east-1:{fixture.Server.AccountId}:loadbalancer/net/network/0123456789abcdef",
        })
        {
            Assert.Contains("field: RESOURCE_ARN", await Waf.FailsAsync("associate-web-acl", "--web-acl-arn", webAcl, "--resource-arn", resource));
        }
        await Waf.OkAsync("associate-web-acl", "--web-acl-arn", webAcl, "--resource-arn", Gateway("assoc"));
    }

    [Fact]
    public async Task Rules_beyond_the_capacity_limits_are_refused()
    {
        var heavy = WafRules.Rules([.. Enumerable.Range(0, 60).Select(i => WafRules.Rule($"xss{i}", i, WafRules.HeavyXss()))]);
        Assert.True((await Waf.OkAsync("check-capacity", "--scope", "REGIONAL", "--rules", heavy)).GetProperty("Capacity").GetInt64() > 5000);
        Assert.Contains("(WAFLimitsExceededException)", await Waf.FailsAsync("create-web-acl", "--name", "too-big", "--scope", "REGIONAL",
            "--default-action", "Allow={}", "--rules", heavy, "--visibility-config", WafRules.VisibilityArgument));

        var one = WafRules.Rules(WafRules.Rule("xss", 0, WafRules.HeavyXss()));
        Assert.Contains("(WAFLimitsExceededException)", await Waf.FailsAsync("create-rule-group", "--name", "small", "--scope", "REGIONAL",
            "--capacity", "10", "--rules", one, "--visibility-config", WafRules.VisibilityArgument));
        await Waf.OkAsync("create-rule-group", "--name", "roomy", "--scope", "REGIONAL", "--capacity", "500", "--rules", one, "--visibility-config", WafRules.VisibilityArgument);
    }

    [Theory]
    [InlineData("""{"AndStatement":{"Statements":[{"LabelMatchStatement":{"Scope":"LABEL","Key":"a"}}]}}""", "field: AND_STATEMENT")]
    [InlineData("""{"NotStatement":{"Statement":{"RateBasedStatement":{"Limit":100,"AggregateKeyType":"IP"}}}}""", "field: RATE_BASED_STATEMENT")]
    [InlineData("""{"RegexMatchStatement":{"RegexString":"(unclosed","FieldToMatch":{"UriPath":{}},"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""", "parameter: (unclosed")]
    [InlineData("""{"RegexMatchStatement":{"RegexString":"(a)\\1","FieldToMatch":{"UriPath":{}},"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""", "(WAFInvalidParameterException)")]
    [InlineData("""{"SqliMatchStatement":{"FieldToMatch":{"UriPath":{},"QueryString":{}},"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""", "field: FIELD_TO_MATCH")]
    [InlineData("""{"RateBasedStatement":{"Limit":100,"AggregateKeyType":"IP","EvaluationWindowSec":90}}""", "field: RATE_BASED_STATEMENT")]
    [InlineData("""{"IPSetReferenceStatement":{"ARN":"arn:aws:wafv2:us-east-1:111122223333:regional/regexpatternset/x/00000000-0000-0000-0000-000000000000"}}""", "field: IP_SET_REFERENCE_STATEMENT")]
    [InlineData("""{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesNoSuchRuleSet"}}""", "(WAFNonexistentItemException)")]
    public async Task Invalid_statements_are_refused_with_AWSs_errors(string statement, string expected)
    {
        var action = statement.Contains("ManagedRuleGroupStatement", StringComparison.Ordinal) ? "\"OverrideAction\":{\"None\":{}}" : "\"Action\":{\"Block\":{}}";
        var error = await Waf.FailsAsync("check-capacity", "--scope", "REGIONAL", "--rules", WafRules.Rules(WafRules.Rule("bad", 0, statement, action)));
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task A_rule_needs_the_action_its_statement_calls_for_and_unique_names_and_priorities()
    {
        var label = """{"LabelMatchStatement":{"Scope":"LABEL","Key":"a"}}""";
        Assert.Contains("field: RULE_ACTION", await Waf.FailsAsync("check-capacity", "--scope", "REGIONAL", "--rules",
            WafRules.Rules(WafRules.Rule("r", 0, label, "\"OverrideAction\":{\"None\":{}}"))));
        Assert.Contains("field: OVERRIDE_ACTION", await Waf.FailsAsync("check-capacity", "--scope", "REGIONAL", "--rules",
            WafRules.Rules(WafRules.Rule("m", 0, """{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesCommonRuleSet"}}"""))));
        Assert.Contains("field: RULE", await Waf.FailsAsync("check-capacity", "--scope", "REGIONAL", "--rules",
            WafRules.Rules(WafRules.Rule("same", 0, label), WafRules.Rule("same", 1, label))));
        Assert.Contains("field: RULE", await Waf.FailsAsync("check-capacity", "--scope", "REGIONAL", "--rules",
            WafRules.Rules(WafRules.Rule("a", 3, label), WafRules.Rule("b", 3, label))));
        Assert.Equal(701, (await Waf.OkAsync("check-capacity", "--scope", "REGIONAL", "--rules", WafRules.Rules(
            WafRules.Rule("m", 0, """{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesCommonRuleSet"}}""", "\"OverrideAction\":{\"Count\":{}}"),
            WafRules.Rule("l", 1, label)))).GetProperty("Capacity").GetInt64());
    }

    [Fact]
    public async Task CloudFront_scope_is_global_and_only_reachable_through_us_east_1()
    {
        var arn = (await Waf.OkAsync("create-ip-set", "--name", "edge", "--scope", "CLOUDFRONT", "--ip-address-version", "IPV6",
            "--addresses", "2001:db8::/32")).GetProperty("Summary").GetProperty("ARN").GetString()!;
        Assert.StartsWith($"arn:aws:wafv2:us-east-1:{fixture.Server.AccountId}:global/ipset/edge/", arn);
        Assert.Contains("field: SCOPE_VALUE", await Waf.FailsAsync("list-ip-sets", "--scope", "CLOUDFRONT", "--region", "eu-west-1"));
        Assert.DoesNotContain((await Waf.OkAsync("list-ip-sets", "--scope", "REGIONAL")).GetProperty("IPSets").EnumerateArray(),
            set => set.GetProperty("Name").GetString() == "edge");

        var regionalRule = WafRules.Rules(WafRules.Rule("edge", 0, WafRules.IpSetReference(arn)));
        Assert.Contains("(WAFNonexistentItemException)", await Waf.FailsAsync("create-web-acl", "--name", "regional-using-global", "--scope", "REGIONAL",
            "--default-action", "Allow={}", "--rules", regionalRule, "--visibility-config", WafRules.VisibilityArgument));
    }

    [Fact]
    public async Task Tags_logging_sharing_policies_API_keys_and_managed_rule_groups_work_from_boto3()
    {
        var seen = await Waf.PythonAsync(WafScripts.Everything);
        Assert.Equal(["team"], seen.GetProperty("tagKeys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("WAFInvalidParameterException", seen.GetProperty("badDestination").GetProperty("code").GetString());
        Assert.Equal("LOG_DESTINATION", seen.GetProperty("badDestination").GetProperty("field").GetString());
        Assert.Equal("aws-waf-logs-rampart", seen.GetProperty("loggedTo").GetString()!.Split(':')[^1]);
        Assert.Equal("WAFNonexistentItemException", seen.GetProperty("afterLoggingDeleted").GetString());
        Assert.Equal("WAFInvalidPermissionPolicyException", seen.GetProperty("wildcardPolicy").GetString());
        Assert.True(seen.GetProperty("policyStored").GetBoolean());
        Assert.Equal(["shop.example.com"], seen.GetProperty("keyDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(1, seen.GetProperty("keysListed").GetInt32());
        Assert.Equal("WAFNonexistentItemException", seen.GetProperty("deletedKey").GetString());
        Assert.Contains("AWSManagedRulesCommonRuleSet", seen.GetProperty("managed").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(700, seen.GetProperty("commonCapacity").GetInt64());
        Assert.Equal(3, seen.GetProperty("pagedNames").GetArrayLength());
        Assert.Equal(0, seen.GetProperty("vendorRuleSets").GetInt32());
    }

    [Fact]
    public async Task Policies_decide_who_may_change_web_ACL_resources()
    {
        var iam = Waf.For("iam");
        await iam.OkAsync("create-user", "--user-name", "waf-reader");
        await iam.OkAsync("put-user-policy", "--user-name", "waf-reader", "--policy-name", "read", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["wafv2:Get*","wafv2:List*"],"Resource":"*"},{"Effect":"Allow","Action":"wafv2:CreateIPSet","Resource":"*","Condition":{"StringEquals":{"aws:RequestTag/team":"blue"}}}]}""");
        var key = (await iam.OkAsync("create-access-key", "--user-name", "waf-reader")).GetProperty("AccessKey");
        var reader = Waf.As(key);

        await reader.OkAsync("list-web-acls", "--scope", "REGIONAL");
        var denied = await reader.FailsAsync("create-ip-set", "--name", "untagged", "--scope", "REGIONAL", "--ip-address-version", "IPV4", "--addresses", "10.0.0.0/8");
        Assert.Contains("(AccessDeniedException)", denied);
        Assert.Contains("wafv2:CreateIPSet", denied);
        await reader.OkAsync("create-ip-set", "--name", "blue", "--scope", "REGIONAL", "--ip-address-version", "IPV4", "--addresses", "10.0.0.0/8", "--tags", "Key=team,Value=blue");
    }
}
