using System.Text.Json;
using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Organizations.Policies;

/// <summary>Organizations policies through the real aws CLI and boto3: their life cycle, attachments and AWS's
/// limits and errors.</summary>
public sealed class PoliciesEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    private const string DenyS3 = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";

    [Fact]
    public async Task Service_control_policies_are_created_attached_listed_detached_and_deleted()
    {
        var cli = fixture.Management;
        var root = (await EnableAsync("SERVICE_CONTROL_POLICY")).GetProperty("Root");
        Assert.Equal(fixture.RootId, root.GetProperty("Id").GetString());
        Assert.Contains(root.GetProperty("PolicyTypes").EnumerateArray(),
            t => t.GetProperty("Type").GetString() == "SERVICE_CONTROL_POLICY" && t.GetProperty("Status").GetString() == "ENABLED");
        Assert.Contains("(PolicyTypeAlreadyEnabledException)",
            await cli.FailsAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "SERVICE_CONTROL_POLICY"));

        var listed = (await cli.OkAsync("list-policies", "--filter", "SERVICE_CONTROL_POLICY")).GetProperty("Policies");
        Assert.Equal("p-FullAWSAccess", listed[0].GetProperty("Id").GetString());
        Assert.True(listed[0].GetProperty("AwsManaged").GetBoolean());
        Assert.Equal("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", listed[0].GetProperty("Arn").GetString());

        var created = (await cli.OkAsync("create-policy", "--name", "NoS3", "--description", "Denies Amazon S3", "--type", "SERVICE_CONTROL_POLICY",
            "--content", DenyS3, "--tags", "Key=owner,Value=security")).GetProperty("Policy");
        var id = created.GetProperty("PolicySummary").GetProperty("Id").GetString()!;
        Assert.Matches("^p-[0-9a-z]{8}$", id);
        Assert.Equal($"arn:aws:organizations::{fixture.Server.AccountId}:policy/{fixture.OrganizationId}/service_control_policy/{id}",
            created.GetProperty("PolicySummary").GetProperty("Arn").GetString());
        Assert.Equal(DenyS3, created.GetProperty("Content").GetString());
        Assert.Equal(["owner"], OrganizationFixture.Ids((await cli.OkAsync("list-tags-for-resource", "--resource-id", id)).GetProperty("Tags"), "Key"));

        var updated = (await cli.OkAsync("update-policy", "--policy-id", id, "--name", "NoS3Ever")).GetProperty("Policy");
        Assert.Equal("NoS3Ever", updated.GetProperty("PolicySummary").GetProperty("Name").GetString());
        Assert.Equal("Denies Amazon S3", updated.GetProperty("PolicySummary").GetProperty("Description").GetString());
        Assert.Equal("NoS3Ever", (await cli.OkAsync("describe-policy", "--policy-id", id)).GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Name").GetString());

        await cli.OkAsync("attach-policy", "--policy-id", id, "--target-id", fixture.MemberId);
        var onMember = (await cli.OkAsync("list-policies-for-target", "--target-id", fixture.MemberId, "--filter", "SERVICE_CONTROL_POLICY")).GetProperty("Policies");
        Assert.Equal(["p-FullAWSAccess", id], OrganizationFixture.Ids(onMember));
        var targets = (await cli.OkAsync("list-targets-for-policy", "--policy-id", id)).GetProperty("Targets");
        Assert.Equal(fixture.MemberId, targets[0].GetProperty("TargetId").GetString());
        Assert.Equal("ACCOUNT", targets[0].GetProperty("Type").GetString());
        var everywhere = OrganizationFixture.Ids((await cli.OkAsync("list-targets-for-policy", "--policy-id", "p-FullAWSAccess")).GetProperty("Targets"), "TargetId");
        Assert.Contains(fixture.RootId, everywhere);
        Assert.Contains(fixture.MemberId, everywhere);
        Assert.Contains(fixture.Server.AccountId, everywhere);

        Assert.Contains("(DuplicatePolicyAttachmentException)", await cli.FailsAsync("attach-policy", "--policy-id", id, "--target-id", fixture.MemberId));
        Assert.Contains("(PolicyInUseException)", await cli.FailsAsync("delete-policy", "--policy-id", id));
        await cli.OkAsync("detach-policy", "--policy-id", id, "--target-id", fixture.MemberId);
        Assert.Contains("(PolicyNotAttachedException)", await cli.FailsAsync("detach-policy", "--policy-id", id, "--target-id", fixture.MemberId));
        await cli.OkAsync("delete-policy", "--policy-id", id);
        Assert.Contains("(PolicyNotFoundException)", await cli.FailsAsync("describe-policy", "--policy-id", id));
    }

    [Fact]
    public async Task The_limits_of_AWS_hold_with_their_reasons()
    {
        await EnableAsync("SERVICE_CONTROL_POLICY");
        var unit = (await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Limits"))
            .GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        var result = await PythonAsync("""
            import json, os, boto3
            org = boto3.client("organizations", endpoint_url=os.environ["RAMPART_URL"], region_name="us-east-1")
            def fails(call, **kwargs):
                try:
                    call(**kwargs)
                    return "succeeded"
                except org.exceptions.ClientError as e:
                    return e.response["Error"]["Code"] + "/" + e.response.get("Reason", "")
            deny = 'DENY_S3'
            out = {}
            out["last"] = fails(org.detach_policy, PolicyId="p-FullAWSAccess", TargetId="UNIT_ID")
            ids = [org.create_policy(Name=f"Limit{i}", Description="", Type="SERVICE_CONTROL_POLICY", Content=deny)["Policy"]["PolicySummary"]["Id"] for i in range(5)]
            for policy_id in ids[:4]:
                org.attach_policy(PolicyId=policy_id, TargetId="UNIT_ID")
            out["sixth"] = fails(org.attach_policy, PolicyId=ids[4], TargetId="UNIT_ID")
            org.detach_policy(PolicyId="p-FullAWSAccess", TargetId="UNIT_ID")
            out["without_full_access"] = [p["Id"] for p in org.list_policies_for_target(TargetId="UNIT_ID", Filter="SERVICE_CONTROL_POLICY")["Policies"]]
            for policy_id in ids[:3]:
                org.detach_policy(PolicyId=policy_id, TargetId="UNIT_ID")
            out["last_custom"] = fails(org.detach_policy, PolicyId=ids[3], TargetId="UNIT_ID")
            out["too_large"] = fails(org.create_policy, Name="Big", Description="", Type="SERVICE_CONTROL_POLICY", Content=deny + " " * 5100)
            out["malformed"] = fails(org.create_policy, Name="Bad", Description="", Type="SERVICE_CONTROL_POLICY", Content='{"Version":"2012-10-17"}')
            out["duplicate"] = fails(org.create_policy, Name="Limit0", Description="", Type="SERVICE_CONTROL_POLICY", Content=deny)
            out["immutable"] = fails(org.update_policy, PolicyId="p-FullAWSAccess", Name="Mine")
            out["no_policy"] = fails(org.attach_policy, PolicyId="p-abcdefgh", TargetId="UNIT_ID")
            out["no_target"] = fails(org.attach_policy, PolicyId=ids[0], TargetId="ou-zzzz-zzzzzzzz")
            out["no_root"] = fails(org.enable_policy_type, RootId="r-zzzz", PolicyType="TAG_POLICY")
            tag = org.create_policy(Name="Tags", Description="", Type="TAG_POLICY", Content='{"tags":{"team":{"tag_key":{"@@assign":"Team"}}}}')
            out["not_enabled"] = fails(org.attach_policy, PolicyId=tag["Policy"]["PolicySummary"]["Id"], TargetId="UNIT_ID")
            out["disable_not_enabled"] = fails(org.disable_policy_type, RootId="ROOT_ID", PolicyType="TAG_POLICY")
            print(json.dumps(out))
            """.Replace("DENY_S3", DenyS3).Replace("UNIT_ID", unit).Replace("ROOT_ID", fixture.RootId));

        Assert.Equal("ConstraintViolationException/MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", Text(result, "last"));
        Assert.Equal("ConstraintViolationException/MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", Text(result, "sixth"));
        Assert.Equal(4, result.GetProperty("without_full_access").GetArrayLength());
        Assert.Equal("ConstraintViolationException/MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", Text(result, "last_custom"));
        Assert.Equal("ConstraintViolationException/POLICY_CONTENT_LIMIT_EXCEEDED", Text(result, "too_large"));
        Assert.Equal("MalformedPolicyDocumentException/", Text(result, "malformed"));
        Assert.Equal("DuplicatePolicyException/", Text(result, "duplicate"));
        Assert.Equal("InvalidInputException/IMMUTABLE_POLICY", Text(result, "immutable"));
        Assert.Equal("PolicyNotFoundException/", Text(result, "no_policy"));
        Assert.Equal("TargetNotFoundException/", Text(result, "no_target"));
        Assert.Equal("RootNotFoundException/", Text(result, "no_root"));
        Assert.Equal("PolicyTypeNotEnabledException/", Text(result, "not_enabled"));
        Assert.Equal("PolicyTypeNotEnabledException/", Text(result, "disable_not_enabled"));
    }

    [Fact]
    public async Task An_scp_binds_the_very_next_request_of_a_member_account_and_never_the_management_account()
    {
        await EnableAsync("SERVICE_CONTROL_POLICY");
        var denyIam = (await fixture.Management.OkAsync("create-policy", "--name", "NoIamUsers", "--description", "", "--type", "SERVICE_CONTROL_POLICY",
            "--content", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}"""))
            .GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;
        var member = await fixture.SignInAsync(fixture.MemberId);
        await member.OkAsync("iam", "create-user", "--user-name", "before-scp");

        await fixture.Management.OkAsync("attach-policy", "--policy-id", denyIam, "--target-id", fixture.RootId);
        var denied = await member.FailsAsync("iam", "create-user", "--user-name", "under-scp");
        await new Rampart.Tests.EndToEnd.AwsCli(fixture.Server, "iam").OkAsync("create-user", "--user-name", "management-is-not-limited");
        await fixture.Management.OkAsync("detach-policy", "--policy-id", denyIam, "--target-id", fixture.RootId);
        await member.OkAsync("iam", "create-user", "--user-name", "after-scp");

        Assert.Contains("(AccessDenied)", denied);
        Assert.Contains("with an explicit deny in a service control policy", denied);
        Assert.Contains("(AccessDeniedException)",
            await member.FailsAsync("organizations", "create-policy", "--name", "X", "--description", "", "--type", "SERVICE_CONTROL_POLICY", "--content", DenyS3));
    }

    [Fact]
    public async Task Tag_policies_merge_down_the_tree_into_an_account_effective_policy()
    {
        await EnableAsync("TAG_POLICY");
        var rootPolicy = await CreateAsync("TAG_POLICY", "RootTags",
            """{"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},"tag_value":{"@@assign":["100","200"]}}}}""");
        var accountPolicy = await CreateAsync("TAG_POLICY", "AccountTags",
            """{"tags":{"costcenter":{"tag_value":{"@@append":["300"]}}}}""");
        Assert.Contains("(EffectivePolicyNotFoundException)",
            await fixture.Management.FailsAsync("describe-effective-policy", "--policy-type", "TAG_POLICY", "--target-id", fixture.MemberId));

        await fixture.Management.OkAsync("attach-policy", "--policy-id", rootPolicy, "--target-id", fixture.RootId);
        await fixture.Management.OkAsync("attach-policy", "--policy-id", accountPolicy, "--target-id", fixture.MemberId);
        var effective = (await fixture.Management.OkAsync("describe-effective-policy", "--policy-type", "TAG_POLICY", "--target-id", fixture.MemberId))
            .GetProperty("EffectivePolicy");
        var member = await fixture.SignInAsync(fixture.MemberId);
        var own = (await member.OkAsync("organizations", "describe-effective-policy", "--policy-type", "TAG_POLICY")).GetProperty("EffectivePolicy");

        Assert.Equal(fixture.MemberId, effective.GetProperty("TargetId").GetString());
        Assert.Equal(
            """{"tags":{"costcenter":{"tag_key":"CostCenter","tag_value":["100","200","300"]}}}""",
            effective.GetProperty("PolicyContent").GetString());
        Assert.Equal(effective.GetProperty("PolicyContent").GetString(), own.GetProperty("PolicyContent").GetString());
        Assert.Contains("(AccessDeniedException)", await member.FailsAsync(
            "organizations", "describe-effective-policy", "--policy-type", "TAG_POLICY", "--target-id", fixture.Server.AccountId));
        Assert.Contains("(InvalidInputException)", await fixture.Management.FailsAsync(
            "describe-effective-policy", "--policy-type", "TAG_POLICY", "--target-id", fixture.RootId));
    }

    [Fact]
    public async Task Disabling_a_type_detaches_all_its_policies_and_RCPFullAWSAccess_stays_attached_while_enabled()
    {
        var cli = fixture.Management;
        await EnableAsync("RESOURCE_CONTROL_POLICY");
        var rcp = await CreateAsync("RESOURCE_CONTROL_POLICY", "OrgOnlyBuckets",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""");
        await cli.OkAsync("attach-policy", "--policy-id", rcp, "--target-id", fixture.MemberId);
        Assert.Equal(["p-RCPFullAWSAccess", rcp], OrganizationFixture.Ids(
            (await cli.OkAsync("list-policies-for-target", "--target-id", fixture.MemberId, "--filter", "RESOURCE_CONTROL_POLICY")).GetProperty("Policies")));
        Assert.Contains("(InvalidInputException)", await cli.FailsAsync("detach-policy", "--policy-id", "p-RCPFullAWSAccess", "--target-id", fixture.MemberId));

        var root = (await cli.OkAsync("disable-policy-type", "--root-id", fixture.RootId, "--policy-type", "RESOURCE_CONTROL_POLICY")).GetProperty("Root");

        Assert.DoesNotContain(root.GetProperty("PolicyTypes").EnumerateArray(), t => t.GetProperty("Type").GetString() == "RESOURCE_CONTROL_POLICY");
        Assert.Empty((await cli.OkAsync("list-targets-for-policy", "--policy-id", rcp)).GetProperty("Targets").EnumerateArray());
        Assert.Empty((await cli.OkAsync("list-policies-for-target", "--target-id", fixture.MemberId, "--filter", "RESOURCE_CONTROL_POLICY"))
            .GetProperty("Policies").EnumerateArray());
        await cli.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "RESOURCE_CONTROL_POLICY");
        Assert.Equal(["p-RCPFullAWSAccess"], OrganizationFixture.Ids(
            (await cli.OkAsync("list-policies-for-target", "--target-id", fixture.MemberId, "--filter", "RESOURCE_CONTROL_POLICY")).GetProperty("Policies")));
        await cli.OkAsync("delete-policy", "--policy-id", rcp);
    }

    /// <summary>Enables a type unless an earlier test of this class already did.</summary>
    private async Task<JsonElement> EnableAsync(string type)
    {
        var roots = (await fixture.Management.OkAsync("list-roots")).GetProperty("Roots")[0];
        if (roots.GetProperty("PolicyTypes").EnumerateArray().Any(t => t.GetProperty("Type").GetString() == type))
        {
            return JsonDocument.Parse($$"""{"Root":{{roots.GetRawText()}}}""").RootElement;
        }
        return await fixture.Management.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", type);
    }

    private async Task<string> CreateAsync(string type, string name, string content) =>
        (await fixture.Management.OkAsync("create-policy", "--name", name, "--description", "", "--type", type, "--content", content))
            .GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;

    private Task<JsonElement> PythonAsync(string script) => fixture.Management.PythonAsync(script);

    private static string? Text(JsonElement result, string name) => result.GetProperty(name).GetString();
}
