using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Organizations.Enforcement;

/// <summary>AWS's wording when an SCP stops a member account's call, with boto3 and the aws CLI: an explicit deny
/// names the policy type and then the denying SCP's ARN (AWS quotes it within the same organization); an SCP that
/// allows too little says no service control policy allows the action, naming no policy.</summary>
public sealed class ServiceControlPolicyDenialEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task An_explicit_deny_quotes_the_denying_SCP_and_a_missing_allow_names_none()
    {
        var management = fixture.Management;
        await management.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "SERVICE_CONTROL_POLICY");
        var deny = await CreatePolicyAsync("NoNewUsers", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}""");
        var onlyStorage = await CreatePolicyAsync("OnlyStorage", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","sts:*"],"Resource":"*"}]}""");
        var unit = (await management.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Denied"))
            .GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        var accountId = await fixture.CreateAccountAsync("denied@scp.example", "Denied");
        await management.OkAsync("move-account", "--account-id", accountId, "--source-parent-id", fixture.RootId, "--destination-parent-id", unit);
        await management.OkAsync("attach-policy", "--policy-id", deny, "--target-id", unit);
        var member = await fixture.SignInAsync(accountId);

        var denied = await member.PythonAsync("""
            import json, os, boto3
            iam = boto3.client("iam", endpoint_url=os.environ["RAMPART_URL"], region_name="us-east-1")
            try:
                iam.create_user(UserName="blocked")
                print(json.dumps({"outcome": "allowed"}))
            except iam.exceptions.ClientError as e:
                print(json.dumps({"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                                  "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}))
            """);
        var session = $"arn:aws:sts::{accountId}:assumed-role/OrganizationAccountAccessRole/fixture";
        var denyArn = $"arn:aws:organizations::{fixture.Server.AccountId}:policy/{fixture.OrganizationId}/service_control_policy/{deny}";
        Assert.Equal("AccessDenied", denied.GetProperty("code").GetString());
        Assert.Equal(403, denied.GetProperty("status").GetInt32());
        Assert.Equal(
            $"User: {session} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::{accountId}:user/blocked " +
            $"with an explicit deny in a service control policy: {denyArn}",
            denied.GetProperty("message").GetString());

        // Without FullAWSAccess on the account, an SCP that allows only storage leaves everything else unallowed.
        await management.OkAsync("detach-policy", "--policy-id", deny, "--target-id", unit);
        await management.OkAsync("attach-policy", "--policy-id", onlyStorage, "--target-id", accountId);
        await management.OkAsync("detach-policy", "--policy-id", "p-FullAWSAccess", "--target-id", accountId);
        var unallowed = await member.FailsAsync("iam", "list-users");
        Assert.Contains("(AccessDenied)", unallowed);
        Assert.Contains($"User: {session} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::{accountId}:", unallowed);
        Assert.EndsWith(" because no service control policy allows the iam:ListUsers action", unallowed);
        await member.OkAsync("sts", "get-caller-identity");
    }

    private async Task<string> CreatePolicyAsync(string name, string content) =>
        (await fixture.Management.OkAsync("create-policy", "--name", name, "--description", name, "--type", "SERVICE_CONTROL_POLICY", "--content", content))
            .GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;
}
