using Rampart.Tests.EndToEnd;
using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Organizations.Policies;

/// <summary>The policy operations name the resources the Service Authorization Reference lists (the policy, an AWS
/// managed policy under account "aws", the root, OU or account targeted), so an IAM policy in the management account
/// can scope them with the real aws CLI.</summary>
public sealed class PolicyResourceScopingEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    private const string DenyS3 = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";

    [Fact]
    public async Task An_IAM_policy_scoped_to_one_policy_and_one_OU_allows_exactly_those()
    {
        var cli = fixture.Management;
        await EnableServiceControlPoliciesAsync();
        var mine = await CreatePolicyAsync("ScopedMine");
        var other = await CreatePolicyAsync("ScopedOther");
        var unit = (await cli.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Scoped"))
            .GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        var management = fixture.Server.AccountId;
        var policyArn = $"arn:aws:organizations::{management}:policy/{fixture.OrganizationId}/service_control_policy/{mine}";
        var unitArn = $"arn:aws:organizations::{management}:ou/{fixture.OrganizationId}/{unit}";
        var scoped = await UserWithPolicyAsync("scp-operator", $$"""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":["organizations:DescribePolicy","organizations:UpdatePolicy","organizations:ListTargetsForPolicy"],"Resource":"{{policyArn}}"},
              {"Effect":"Allow","Action":["organizations:AttachPolicy","organizations:DetachPolicy"],"Resource":["{{policyArn}}","{{unitArn}}"]},
              {"Effect":"Allow","Action":"organizations:ListPoliciesForTarget","Resource":"{{unitArn}}"},
              {"Effect":"Allow","Action":"organizations:DescribePolicy","Resource":"arn:aws:organizations::aws:policy/service_control_policy/*"}]}
            """);

        await scoped.OkAsync("organizations", "describe-policy", "--policy-id", mine);
        await scoped.OkAsync("organizations", "update-policy", "--policy-id", mine, "--description", "changed by the operator");
        await scoped.OkAsync("organizations", "attach-policy", "--policy-id", mine, "--target-id", unit);
        Assert.Contains(mine, OrganizationFixture.Ids((await scoped.OkAsync("organizations", "list-policies-for-target", "--target-id", unit,
            "--filter", "SERVICE_CONTROL_POLICY")).GetProperty("Policies")));
        Assert.Equal([unit], OrganizationFixture.Ids((await scoped.OkAsync("organizations", "list-targets-for-policy", "--policy-id", mine))
            .GetProperty("Targets"), "TargetId"));
        await scoped.OkAsync("organizations", "detach-policy", "--policy-id", mine, "--target-id", unit);
        await scoped.OkAsync("organizations", "describe-policy", "--policy-id", "p-FullAWSAccess");

        var otherPolicy = await scoped.FailsAsync("organizations", "describe-policy", "--policy-id", other);
        Assert.Contains("(AccessDeniedException)", otherPolicy);
        Assert.Contains($"organizations:DescribePolicy on resource: arn:aws:organizations::{management}:policy/{fixture.OrganizationId}/service_control_policy/{other}",
            otherPolicy);
        var otherTarget = await scoped.FailsAsync("organizations", "attach-policy", "--policy-id", mine, "--target-id", fixture.MemberId);
        Assert.Contains($"on resource: arn:aws:organizations::{management}:account/{fixture.OrganizationId}/{fixture.MemberId}", otherTarget);
        Assert.Contains("(AccessDeniedException)", await scoped.FailsAsync("organizations", "delete-policy", "--policy-id", mine));
        Assert.Contains("(AccessDeniedException)",
            await scoped.FailsAsync("organizations", "list-policies-for-target", "--target-id", fixture.RootId, "--filter", "SERVICE_CONTROL_POLICY"));
        Assert.Contains("(AccessDeniedException)",
            await scoped.FailsAsync("organizations", "disable-policy-type", "--root-id", fixture.RootId, "--policy-type", "SERVICE_CONTROL_POLICY"));
    }

    [Fact]
    public async Task AWS_managed_policies_are_named_under_account_aws_and_the_root_by_its_ARN()
    {
        var cli = fixture.Management;
        await EnableServiceControlPoliciesAsync();
        var rootArn = $"arn:aws:organizations::{fixture.Server.AccountId}:root/{fixture.OrganizationId}/{fixture.RootId}";
        var reader = await UserWithPolicyAsync("managed-reader", $$"""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":["organizations:DescribePolicy","organizations:ListTargetsForPolicy"],"Resource":"arn:aws:organizations::aws:policy/*/p-FullAWSAccess"},
              {"Effect":"Allow","Action":"organizations:EnablePolicyType","Resource":"{{rootArn}}"}]}
            """);
        var described = (await reader.OkAsync("organizations", "describe-policy", "--policy-id", "p-FullAWSAccess")).GetProperty("Policy");
        Assert.True(described.GetProperty("PolicySummary").GetProperty("AwsManaged").GetBoolean());
        Assert.Contains(fixture.RootId, OrganizationFixture.Ids((await reader.OkAsync("organizations", "list-targets-for-policy", "--policy-id", "p-FullAWSAccess"))
            .GetProperty("Targets"), "TargetId"));
        var rcp = await reader.FailsAsync("organizations", "describe-policy", "--policy-id", "p-RCPFullAWSAccess");
        Assert.Contains("on resource: arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess", rcp);
        // Allowed on the root, so the answer is the service's own: the type is already enabled.
        Assert.Contains("(PolicyTypeAlreadyEnabledException)",
            await reader.FailsAsync("organizations", "enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "SERVICE_CONTROL_POLICY"));
    }

    [Fact]
    public async Task The_policy_type_condition_key_scopes_operations_on_existing_policies()
    {
        await EnableServiceControlPoliciesAsync();
        await fixture.Management.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "TAG_POLICY");
        var tagPolicy = (await fixture.Management.OkAsync("create-policy", "--name", "TypedTags", "--description", "", "--type", "TAG_POLICY",
            "--content", """{"tags":{"team":{"tag_key":{"@@assign":"Team"}}}}""")).GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;
        var scp = await CreatePolicyAsync("TypedScp");
        var tagger = await UserWithPolicyAsync("tag-policy-operator", """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Action":["organizations:DescribePolicy","organizations:AttachPolicy","organizations:DetachPolicy","organizations:ListPolicies"],
              "Resource":"*","Condition":{"StringEquals":{"organizations:PolicyType":"TAG_POLICY"}}}]}
            """);

        await tagger.OkAsync("organizations", "describe-policy", "--policy-id", tagPolicy);
        await tagger.OkAsync("organizations", "attach-policy", "--policy-id", tagPolicy, "--target-id", fixture.MemberId);
        await tagger.OkAsync("organizations", "detach-policy", "--policy-id", tagPolicy, "--target-id", fixture.MemberId);
        await tagger.OkAsync("organizations", "list-policies", "--filter", "TAG_POLICY");

        Assert.Contains("(AccessDeniedException)", await tagger.FailsAsync("organizations", "describe-policy", "--policy-id", scp));
        Assert.Contains("(AccessDeniedException)", await tagger.FailsAsync("organizations", "attach-policy", "--policy-id", scp, "--target-id", fixture.MemberId));
        Assert.Contains("(AccessDeniedException)", await tagger.FailsAsync("organizations", "describe-policy", "--policy-id", "p-FullAWSAccess"));
        Assert.Contains("(AccessDeniedException)", await tagger.FailsAsync("organizations", "list-policies", "--filter", "SERVICE_CONTROL_POLICY"));
    }

    private async Task EnableServiceControlPoliciesAsync()
    {
        var root = (await fixture.Management.OkAsync("list-roots")).GetProperty("Roots")[0];
        if (!root.GetProperty("PolicyTypes").EnumerateArray().Any(t => t.GetProperty("Type").GetString() == "SERVICE_CONTROL_POLICY"))
        {
            await fixture.Management.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "SERVICE_CONTROL_POLICY");
        }
    }

    private async Task<string> CreatePolicyAsync(string name) =>
        (await fixture.Management.OkAsync("create-policy", "--name", name, "--description", name, "--type", "SERVICE_CONTROL_POLICY", "--content", DenyS3))
            .GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;

    private async Task<AwsCli> UserWithPolicyAsync(string userName, string policy)
    {
        var iam = new AwsCli(fixture.Server, "iam");
        await iam.OkAsync("create-user", "--user-name", userName);
        await iam.OkAsync("put-user-policy", "--user-name", userName, "--policy-name", "scoped", "--policy-document", policy);
        return new AwsCli(fixture.Server).As((await iam.OkAsync("create-access-key", "--user-name", userName)).GetProperty("AccessKey"));
    }
}
