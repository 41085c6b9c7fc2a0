namespace Rampart.Tests.Organizations.Tree;

/// <summary>Delegated administrators, trusted services, the resource policy and tags, through boto3; AWS's error
/// codes and their Reason members as an SDK sees them.</summary>
public sealed class AdministrationEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task Boto3_administers_delegations_services_the_resource_policy_and_tags()
    {
        var result = await new EndToEnd.AwsCli(fixture.Server).PythonAsync($$"""
            import json, os, boto3, botocore
            org = boto3.client("organizations", endpoint_url=os.environ["RAMPART_URL"], region_name="us-east-1")
            member, management, root = "{{fixture.MemberId}}", "{{fixture.Server.AccountId}}", "{{fixture.RootId}}"
            out = {}
            def error(call):
                try:
                    call()
                    return None
                except botocore.exceptions.ClientError as e:
                    return [e.response["Error"]["Code"], e.response.get("Reason")]
            out["unknown_service"] = error(lambda: org.enable_aws_service_access(ServicePrincipal="nothing.amazonaws.com"))
            org.enable_aws_service_access(ServicePrincipal="guardduty.amazonaws.com")
            org.enable_aws_service_access(ServicePrincipal="guardduty.amazonaws.com")
            org.enable_aws_service_access(ServicePrincipal="securityhub.amazonaws.com")
            org.disable_aws_service_access(ServicePrincipal="securityhub.amazonaws.com")
            out["services"] = [s["ServicePrincipal"] for s in org.list_aws_service_access_for_organization()["EnabledServicePrincipals"]]

            org.register_delegated_administrator(AccountId=member, ServicePrincipal="guardduty.amazonaws.com")
            org.register_delegated_administrator(AccountId=member, ServicePrincipal="securityhub.amazonaws.com")
            out["again"] = error(lambda: org.register_delegated_administrator(AccountId=member, ServicePrincipal="guardduty.amazonaws.com"))
            out["management"] = error(lambda: org.register_delegated_administrator(AccountId=management, ServicePrincipal="guardduty.amazonaws.com"))
            out["stranger"] = error(lambda: org.register_delegated_administrator(AccountId="000000000000", ServicePrincipal="guardduty.amazonaws.com"))
            out["admins"] = [a["Id"] for a in org.list_delegated_administrators()["DelegatedAdministrators"]]
            out["admins_of_ssm"] = [a["Id"] for a in org.list_delegated_administrators(ServicePrincipal="ssm.amazonaws.com")["DelegatedAdministrators"]]
            out["delegated"] = sorted(s["ServicePrincipal"] for s in org.list_delegated_services_for_account(AccountId=member)["DelegatedServices"])
            out["cannot_remove"] = error(lambda: org.remove_account_from_organization(AccountId=member))
            org.deregister_delegated_administrator(AccountId=member, ServicePrincipal="securityhub.amazonaws.com")
            out["not_registered"] = error(lambda: org.deregister_delegated_administrator(AccountId=member, ServicePrincipal="securityhub.amazonaws.com"))
            out["no_services"] = error(lambda: org.list_delegated_services_for_account(AccountId=management))

            out["no_policy"] = error(lambda: org.describe_resource_policy())
            policy = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::" + member + ":root"},
                "Action": "organizations:DescribeOrganization", "Resource": "*"}]})
            put = org.put_resource_policy(Content=policy, Tags=[{"Key": "owner", "Value": "security"}])["ResourcePolicy"]
            out["policy_arn"] = put["ResourcePolicySummary"]["Arn"]
            out["policy_same_id"] = org.put_resource_policy(Content=policy)["ResourcePolicy"]["ResourcePolicySummary"]["Id"] == put["ResourcePolicySummary"]["Id"]
            out["policy_content"] = org.describe_resource_policy()["ResourcePolicy"]["Content"] == policy
            out["policy_tags"] = org.list_tags_for_resource(ResourceId=put["ResourcePolicySummary"]["Id"])["Tags"]
            out["bad_policy"] = error(lambda: org.put_resource_policy(Content="{not json"))
            org.delete_resource_policy()
            out["deleted"] = error(lambda: org.delete_resource_policy())

            org.tag_resource(ResourceId=root, Tags=[{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}])
            org.tag_resource(ResourceId=root, Tags=[{"Key": "a", "Value": "3"}])
            org.untag_resource(ResourceId=root, TagKeys=["b", "missing"])
            out["root_tags"] = org.list_tags_for_resource(ResourceId=root)["Tags"]
            out["too_many"] = error(lambda: org.tag_resource(ResourceId=root, Tags=[{"Key": "k%d" % i, "Value": "v"} for i in range(50)]))
            out["unknown_target"] = error(lambda: org.tag_resource(ResourceId="ou-abcd-abcdefgh", Tags=[{"Key": "a", "Value": "1"}]))
            out["duplicate_key"] = error(lambda: org.tag_resource(ResourceId=root, Tags=[{"Key": "a", "Value": "1"}, {"Key": "a", "Value": "2"}]))
            print(json.dumps(out))
            """);

        Assert.Equal("InvalidInputException UNRECOGNIZED_SERVICE_PRINCIPAL", Text(result.GetProperty("unknown_service")));
        Assert.Equal("guardduty.amazonaws.com", Text(result.GetProperty("services")));
        Assert.Equal("AccountAlreadyRegisteredException", Text(result.GetProperty("again")));
        Assert.Equal("ConstraintViolationException CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR", Text(result.GetProperty("management")));
        Assert.Equal("AccountNotFoundException", result.GetProperty("stranger")[0].GetString());
        Assert.Equal(fixture.MemberId, Text(result.GetProperty("admins")));
        Assert.Equal("", Text(result.GetProperty("admins_of_ssm")));
        Assert.Equal("guardduty.amazonaws.com securityhub.amazonaws.com", Text(result.GetProperty("delegated")));
        Assert.Equal("ConstraintViolationException CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG", Text(result.GetProperty("cannot_remove")));
        Assert.Equal("AccountNotRegisteredException", result.GetProperty("not_registered")[0].GetString());
        Assert.Equal("AccountNotRegisteredException", result.GetProperty("no_services")[0].GetString());

        Assert.Equal("ResourcePolicyNotFoundException", result.GetProperty("no_policy")[0].GetString());
        Assert.Matches($"^arn:aws:organizations::{fixture.Server.AccountId}:resourcepolicy/{fixture.OrganizationId}/rp-[a-z0-9]+$", result.GetProperty("policy_arn").GetString());
        Assert.True(result.GetProperty("policy_same_id").GetBoolean());
        Assert.True(result.GetProperty("policy_content").GetBoolean());
        Assert.Equal("owner", result.GetProperty("policy_tags")[0].GetProperty("Key").GetString());
        Assert.Equal("InvalidInputException INVALID_RESOURCE_POLICY_JSON", Text(result.GetProperty("bad_policy")));
        Assert.Equal("ResourcePolicyNotFoundException", result.GetProperty("deleted")[0].GetString());

        var rootTags = result.GetProperty("root_tags");
        Assert.Equal(1, rootTags.GetArrayLength());
        Assert.Equal("3", rootTags[0].GetProperty("Value").GetString());
        Assert.Equal("ConstraintViolationException MAX_TAG_LIMIT_EXCEEDED", Text(result.GetProperty("too_many")));
        Assert.Equal("TargetNotFoundException", result.GetProperty("unknown_target")[0].GetString());
        Assert.Equal("InvalidInputException DUPLICATE_TAG_KEY", Text(result.GetProperty("duplicate_key")));
    }

    [Fact]
    public async Task A_delegated_administrator_reads_the_tree_but_does_not_change_it()
    {
        var delegate_ = await fixture.CreateAccountAsync("delegate@administration.example", "Delegate");
        await fixture.Management.OkAsync("register-delegated-administrator", "--account-id", delegate_, "--service-principal", "config.amazonaws.com");
        var admin = await fixture.SignInAsync(delegate_);
        Assert.Contains(delegate_, OrganizationFixture.Ids((await admin.OkAsync("organizations", "list-accounts")).GetProperty("Accounts")));
        Assert.Equal(fixture.RootId, OrganizationFixture.Ids((await admin.OkAsync("organizations", "list-roots")).GetProperty("Roots")).Single());
        // Resource-scoped reads pass through the organization's built-in grant to delegated administrators.
        Assert.Equal("Delegate", (await admin.OkAsync("organizations", "describe-account", "--account-id", delegate_)).GetProperty("Account").GetProperty("Name").GetString());
        Assert.Contains(fixture.MemberId, OrganizationFixture.Ids((await admin.OkAsync("organizations", "list-children", "--parent-id", fixture.RootId, "--child-type", "ACCOUNT")).GetProperty("Children")));
        Assert.Contains("(AccessDeniedException)", await admin.FailsAsync("organizations", "create-organizational-unit", "--parent-id", fixture.RootId, "--name", "X"));
        await fixture.Management.OkAsync("deregister-delegated-administrator", "--account-id", delegate_, "--service-principal", "config.amazonaws.com");
        Assert.Contains("(AccessDeniedException)", await admin.FailsAsync("organizations", "list-accounts"));
    }

    /// <summary>A list of strings (nulls left out) joined by spaces.</summary>
    private static string Text(System.Text.Json.JsonElement list) =>
        string.Join(" ", list.EnumerateArray().Where(item => item.ValueKind != System.Text.Json.JsonValueKind.Null).Select(item => item.GetString()));
}
