using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Organizations.Policies;

/// <summary>Invalid effective policies with boto3: tag policies valid on their own whose merge leaves a tag without
/// its tag_key, found by ListAccountsWithInvalidEffectivePolicy and explained by ListEffectivePolicyValidationErrors.</summary>
public sealed class EffectivePolicyValidationEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task An_account_whose_merged_tag_policy_lacks_a_tag_key_is_listed_with_the_error_and_its_policy()
    {
        var broken = await fixture.CreateAccountAsync("broken-tags@effective.example", "Broken tags");
        var result = await fixture.Management.PythonAsync($$"""
            import json, os, boto3
            org = boto3.client("organizations", endpoint_url=os.environ["RAMPART_URL"], region_name="us-east-1")
            def error(call, **kwargs):
                try:
                    call(**kwargs)
                    return "succeeded"
                except org.exceptions.ClientError as e:
                    return e.response["Error"]["Code"] + "/" + e.response.get("Reason", "")
            out = {"not_enabled": error(org.list_effective_policy_validation_errors, AccountId="{{broken}}", PolicyType="TAG_POLICY")}
            org.enable_policy_type(RootId="{{fixture.RootId}}", PolicyType="TAG_POLICY")
            def create(name, content):
                return org.create_policy(Name=name, Description="", Type="TAG_POLICY", Content=json.dumps(content))["Policy"]["PolicySummary"]["Id"]
            root_policy = create("CostCenter", {"tags": {"costcenter": {"tag_key": {"@@assign": "CostCenter"}, "tag_value": {"@@assign": ["100"]} } } })
            account_policy = create("ProjectValues", {"tags": {"project": {"tag_value": {"@@assign": ["alpha", "beta"]} } } })
            org.attach_policy(PolicyId=root_policy, TargetId="{{fixture.RootId}}")
            org.attach_policy(PolicyId=account_policy, TargetId="{{broken}}")
            out["invalid"] = [a["Id"] for a in org.list_accounts_with_invalid_effective_policy(PolicyType="TAG_POLICY")["Accounts"]]
            errors = org.list_effective_policy_validation_errors(AccountId="{{broken}}", PolicyType="TAG_POLICY")
            out["errors"] = errors["EffectivePolicyValidationErrors"]
            out["path"] = errors["Path"]
            out["account"] = errors["AccountId"]
            out["valid"] = org.list_effective_policy_validation_errors(AccountId="{{fixture.MemberId}}", PolicyType="TAG_POLICY")["EffectivePolicyValidationErrors"]
            out["policies"] = [root_policy, account_policy]
            out["scp"] = error(org.list_accounts_with_invalid_effective_policy, PolicyType="SERVICE_CONTROL_POLICY")
            out["unknown"] = error(org.list_effective_policy_validation_errors, AccountId="000000000000", PolicyType="TAG_POLICY")
            org.update_policy(PolicyId=account_policy, Content=json.dumps(
                {"tags": {"project": {"tag_key": {"@@assign": "Project"}, "tag_value": {"@@assign": ["alpha"]} } } }))
            out["fixed"] = [a["Id"] for a in org.list_accounts_with_invalid_effective_policy(PolicyType="TAG_POLICY")["Accounts"]]
            print(json.dumps(out))
            """);
        var policies = result.GetProperty("policies").EnumerateArray().Select(p => p.GetString()).ToList();

        Assert.Equal("EffectivePolicyNotFoundException/", result.GetProperty("not_enabled").GetString());
        Assert.Equal([broken], result.GetProperty("invalid").EnumerateArray().Select(a => a.GetString()));
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("ELEMENT_MISSING", error.GetProperty("ErrorCode").GetString());
        Assert.Equal("tags.project.tag_key", error.GetProperty("PathToError").GetString());
        Assert.Equal([policies[1]], error.GetProperty("ContributingPolicies").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal($"{fixture.OrganizationId}/{fixture.RootId}/{broken}/", result.GetProperty("path").GetString());
        Assert.Equal(broken, result.GetProperty("account").GetString());
        Assert.Empty(result.GetProperty("valid").EnumerateArray());
        // SCPs have no effective policy: the model's EffectivePolicyType does not name them.
        Assert.Equal("InvalidInputException/INVALID_ENUM", result.GetProperty("scp").GetString());
        Assert.Equal("AccountNotFoundException/", result.GetProperty("unknown").GetString());
        Assert.Empty(result.GetProperty("fixed").EnumerateArray());

        var member = await fixture.SignInAsync(fixture.MemberId);
        Assert.Contains("(AccessDeniedException)", await member.FailsAsync("organizations", "list-accounts-with-invalid-effective-policy", "--policy-type", "TAG_POLICY"));
    }
}
