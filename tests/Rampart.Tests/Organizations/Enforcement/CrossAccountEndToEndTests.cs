using Rampart.Tests.EndToEnd;
using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Organizations.Enforcement;

/// <summary>Cross-account AssumeRole between two member accounts through the real aws CLI: the role's trust policy
/// must allow the caller, the caller's own policies must allow sts:AssumeRole, the caller's SCPs and the role
/// account's RCPs must not forbid it, and the session is then limited by the SCPs of the role's account.</summary>
public sealed class CrossAccountEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task A_user_assumes_a_role_in_another_member_account_within_both_accounts_organization_policies()
    {
        var developerAccount = await fixture.CreateAccountAsync("developers@cross.example", "Developers");
        var dataAccount = fixture.MemberId;
        var developerAdmin = await fixture.SignInAsync(developerAccount);
        var dataAdmin = await fixture.SignInAsync(dataAccount);
        var roleArn = $"arn:aws:iam::{dataAccount}:role/Auditor";
        await dataAdmin.OkAsync("iam", "create-role", "--role-name", "Auditor", "--assume-role-policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{developerAccount}}:root"},"Action":"sts:AssumeRole"}]}""");
        await dataAdmin.OkAsync("iam", "attach-role-policy", "--role-name", "Auditor", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        await developerAdmin.OkAsync("iam", "create-user", "--user-name", "dev");
        var dev = new AwsCli(fixture.Server).As((await developerAdmin.OkAsync("iam", "create-access-key", "--user-name", "dev")).GetProperty("AccessKey"));
        var assume = new[] { "sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "audit" };

        var withoutIdentityPolicy = await dev.FailsAsync(assume);
        await developerAdmin.OkAsync("iam", "put-user-policy", "--user-name", "dev", "--policy-name", "AssumeAuditor", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"{{roleArn}}"}]}""");
        await dev.OkAsync(assume);

        var organizations = fixture.Management;
        await organizations.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "SERVICE_CONTROL_POLICY");
        var noAssume = await CreatePolicyAsync("SERVICE_CONTROL_POLICY", "NoAssumeRole",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*"}]}""");
        await organizations.OkAsync("attach-policy", "--policy-id", noAssume, "--target-id", developerAccount);
        var callerScp = await dev.FailsAsync(assume);
        await organizations.OkAsync("detach-policy", "--policy-id", noAssume, "--target-id", developerAccount);

        // The role account's SCPs do not limit callers from elsewhere; they limit the session once it acts in that account.
        await organizations.OkAsync("attach-policy", "--policy-id", noAssume, "--target-id", dataAccount);
        var noListing = await CreatePolicyAsync("SERVICE_CONTROL_POLICY", "NoUserListing",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:ListUsers","Resource":"*"}]}""");
        await organizations.OkAsync("attach-policy", "--policy-id", noListing, "--target-id", dataAccount);
        var session = new AwsCli(fixture.Server).As((await dev.OkAsync(assume)).GetProperty("Credentials"));
        var sessionScp = await session.FailsAsync("iam", "list-users");
        await session.OkAsync("iam", "list-roles");

        await organizations.OkAsync("enable-policy-type", "--root-id", fixture.RootId, "--policy-type", "RESOURCE_CONTROL_POLICY");
        var rcp = await CreatePolicyAsync("RESOURCE_CONTROL_POLICY", "NoDevelopersHere", """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole","Resource":"*",
              "Condition":{"StringEquals":{"aws:PrincipalAccount":"DEVELOPERS"}}}]}
            """.Replace("DEVELOPERS", developerAccount));
        await organizations.OkAsync("attach-policy", "--policy-id", rcp, "--target-id", dataAccount);
        var roleRcp = await dev.FailsAsync(assume);

        Assert.Contains("(AccessDenied)", withoutIdentityPolicy);
        Assert.Contains("because no identity-based policy allows the sts:AssumeRole action", withoutIdentityPolicy);
        Assert.Contains("with an explicit deny in a service control policy", callerScp);
        Assert.Contains("with an explicit deny in a service control policy", sessionScp);
        Assert.Contains("with an explicit deny in a resource control policy", roleRcp);
    }

    private async Task<string> CreatePolicyAsync(string type, string name, string content) =>
        (await fixture.Management.OkAsync("create-policy", "--name", name, "--description", "", "--type", type, "--content", content))
            .GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;
}
