using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Organizations.Scenario;

/// <summary>The story, end to end with the real aws CLI: a management account builds an organization with a
/// Regulated OU and two accounts, limits Regulated to a list of services with an SCP, signs in to a member account
/// through OrganizationAccountAccessRole, and sees an administrator there denied a forbidden action although its own
/// policy allows everything, then allowed as soon as the account leaves the OU.</summary>
public sealed class RegulatedAccountScenarioTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string AllowedServicesOnly = """
        {"Version":"2012-10-17","Statement":[{"Sid":"OnlyApprovedServices","Effect":"Deny",
          "NotAction":["iam:*","sts:*","s3:*","cloudtrail:*"],"Resource":"*"}]}
        """;

    [Fact]
    public async Task An_administrator_in_the_regulated_OU_is_denied_a_forbidden_service_until_the_account_moves_out()
    {
        var organizations = new AwsCli(fixture.Server, "organizations");
        await organizations.OkAsync("create-organization", "--feature-set", "ALL");
        var root = (await organizations.OkAsync("list-roots")).GetProperty("Roots")[0].GetProperty("Id").GetString()!;
        var regulated = (await organizations.OkAsync("create-organizational-unit", "--parent-id", root, "--name", "Regulated"))
            .GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        var payments = await CreateAccountAsync(organizations, "payments@scenario.example", "Payments");
        var sandbox = await CreateAccountAsync(organizations, "sandbox@scenario.example", "Sandbox");
        await organizations.OkAsync("move-account", "--account-id", payments, "--source-parent-id", root, "--destination-parent-id", regulated);

        await organizations.OkAsync("enable-policy-type", "--root-id", root, "--policy-type", "SERVICE_CONTROL_POLICY");
        var scp = (await organizations.OkAsync("create-policy", "--name", "AllowedServicesOnly", "--type", "SERVICE_CONTROL_POLICY",
            "--description", "Regulated accounts use approved services only", "--content", AllowedServicesOnly))
            .GetProperty("Policy").GetProperty("PolicySummary").GetProperty("Id").GetString()!;
        await organizations.OkAsync("attach-policy", "--policy-id", scp, "--target-id", regulated);

        // Root users cannot assume roles, so the management account signs in through an administrator user.
        var iam = new AwsCli(fixture.Server, "iam");
        await iam.OkAsync("create-user", "--user-name", "operator");
        await iam.OkAsync("attach-user-policy", "--user-name", "operator", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        var operatorCli = new AwsCli(fixture.Server).As((await iam.OkAsync("create-access-key", "--user-name", "operator")).GetProperty("AccessKey"));
        var paymentsAdmin = await AdministratorOfAsync(operatorCli, payments);
        var sandboxAdmin = await AdministratorOfAsync(operatorCli, sandbox);

        var denied = await paymentsAdmin.FailsAsync("kms", "create-key", "--description", "forbidden");
        await paymentsAdmin.OkAsync("iam", "list-users");
        await sandboxAdmin.OkAsync("kms", "create-key", "--description", "sandbox is not regulated");
        await operatorCli.OkAsync("kms", "create-key", "--description", "the management account is never limited");

        await organizations.OkAsync("move-account", "--account-id", payments, "--source-parent-id", regulated, "--destination-parent-id", root);
        var allowed = await paymentsAdmin.OkAsync("kms", "create-key", "--description", "allowed once out of Regulated");

        Assert.Contains("(AccessDeniedException)", denied);
        Assert.Contains($"arn:aws:iam::{payments}:user/admin is not authorized to perform: kms:CreateKey", denied);
        Assert.Contains("with an explicit deny in a service control policy", denied);
        Assert.Equal(payments, allowed.GetProperty("KeyMetadata").GetProperty("AWSAccountId").GetString());
    }

    private static async Task<string> CreateAccountAsync(AwsCli organizations, string email, string name)
    {
        var request = (await organizations.OkAsync("create-account", "--email", email, "--account-name", name))
            .GetProperty("CreateAccountStatus").GetProperty("Id").GetString()!;
        var status = (await organizations.OkAsync("describe-create-account-status", "--create-account-request-id", request)).GetProperty("CreateAccountStatus");
        Assert.Equal("SUCCEEDED", status.GetProperty("State").GetString());
        return status.GetProperty("AccountId").GetString()!;
    }

    /// <summary>Signs in to the member account through OrganizationAccountAccessRole and makes an IAM user there
    /// holding AdministratorAccess, as a regulated team's administrator would be.</summary>
    private async Task<AwsCli> AdministratorOfAsync(AwsCli operatorCli, string account)
    {
        var session = (await operatorCli.OkAsync("sts", "assume-role", "--role-arn", $"arn:aws:iam::{account}:role/OrganizationAccountAccessRole",
            "--role-session-name", "setup")).GetProperty("Credentials");
        var member = new AwsCli(fixture.Server).As(session);
        Assert.Equal(account, (await member.OkAsync("sts", "get-caller-identity")).GetProperty("Account").GetString());
        await member.OkAsync("iam", "create-user", "--user-name", "admin");
        await member.OkAsync("iam", "attach-user-policy", "--user-name", "admin", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        var key = (await member.OkAsync("iam", "create-access-key", "--user-name", "admin")).GetProperty("AccessKey");
        return new AwsCli(fixture.Server).As(key);
    }
}
