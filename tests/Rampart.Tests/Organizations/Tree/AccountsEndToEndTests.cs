using System.Text.RegularExpressions;

namespace Rampart.Tests.Organizations.Tree;

/// <summary>The organization, its root and its accounts through the real aws CLI.</summary>
public sealed partial class AccountsEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task The_organization_and_its_root_carry_AWS_shaped_ids_and_arns()
    {
        var management = fixture.Server.AccountId;
        var organization = (await fixture.Management.OkAsync("describe-organization")).GetProperty("Organization");
        Assert.Matches(OrganizationId(), organization.GetProperty("Id").GetString());
        Assert.Equal($"arn:aws:organizations::{management}:organization/{fixture.OrganizationId}", organization.GetProperty("Arn").GetString());
        Assert.Equal("ALL", organization.GetProperty("FeatureSet").GetString());
        Assert.Equal(management, organization.GetProperty("MasterAccountId").GetString());
        Assert.Equal($"arn:aws:organizations::{management}:account/{fixture.OrganizationId}/{management}", organization.GetProperty("MasterAccountArn").GetString());

        var root = (await fixture.Management.OkAsync("list-roots")).GetProperty("Roots")[0];
        Assert.Matches(RootId(), root.GetProperty("Id").GetString());
        Assert.Equal("Root", root.GetProperty("Name").GetString());
        Assert.Equal($"arn:aws:organizations::{management}:root/{fixture.OrganizationId}/{fixture.RootId}", root.GetProperty("Arn").GetString());

        var again = await fixture.Management.FailsAsync("create-organization");
        Assert.Contains("(AlreadyInOrganizationException)", again);
    }

    [Fact]
    public async Task A_created_account_is_real_with_its_own_IAM_and_an_access_role_trusting_the_management_account()
    {
        var created = (await fixture.Management.OkAsync("create-account", "--email", "real@accounts.example", "--account-name", "Real",
            "--tags", "Key=team,Value=blue")).GetProperty("CreateAccountStatus");
        Assert.Equal("IN_PROGRESS", created.GetProperty("State").GetString());
        Assert.Matches("^car-[a-z0-9]{8,32}$", created.GetProperty("Id").GetString());
        var status = (await fixture.Management.OkAsync("describe-create-account-status", "--create-account-request-id", created.GetProperty("Id").GetString()!))
            .GetProperty("CreateAccountStatus");
        Assert.Equal("SUCCEEDED", status.GetProperty("State").GetString());
        var accountId = status.GetProperty("AccountId").GetString()!;
        Assert.Matches("^[0-9]{12}$", accountId);
        Assert.NotEqual(fixture.Server.AccountId, accountId);

        var account = (await fixture.Management.OkAsync("describe-account", "--account-id", accountId)).GetProperty("Account");
        Assert.Equal("Real", account.GetProperty("Name").GetString());
        Assert.Equal("real@accounts.example", account.GetProperty("Email").GetString());
        Assert.Equal("ACTIVE", account.GetProperty("Status").GetString());
        Assert.Equal("CREATED", account.GetProperty("JoinedMethod").GetString());
        Assert.Equal($"{fixture.OrganizationId}/{fixture.RootId}/{accountId}/", account.GetProperty("Paths")[0].GetString());
        Assert.Equal(["team"], OrganizationFixture.Ids((await fixture.Management.OkAsync("list-tags-for-resource", "--resource-id", accountId)).GetProperty("Tags"), "Key"));

        var member = await fixture.SignInAsync(accountId);
        Assert.Equal(accountId, (await member.OkAsync("sts", "get-caller-identity")).GetProperty("Account").GetString());
        var role = (await member.OkAsync("iam", "get-role", "--role-name", "OrganizationAccountAccessRole")).GetProperty("Role");
        Assert.Equal($"arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole", role.GetProperty("Arn").GetString());
        Assert.Equal($"arn:aws:iam::{fixture.Server.AccountId}:root",
            role.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement")[0].GetProperty("Principal").GetProperty("AWS").GetString());
        var attached = (await member.OkAsync("iam", "list-attached-role-policies", "--role-name", "OrganizationAccountAccessRole")).GetProperty("AttachedPolicies");
        Assert.Equal(["AdministratorAccess"], OrganizationFixture.Ids(attached, "PolicyName"));
        // The member account's IAM is its own: the management account's user is not there.
        Assert.Contains("(NoSuchEntity)", await member.FailsAsync("iam", "get-user", "--user-name", "org-admin"));
        await member.OkAsync("iam", "create-user", "--user-name", "org-admin");

        var listed = await fixture.Management.OkAsync("list-accounts");
        Assert.Contains(accountId, OrganizationFixture.Ids(listed.GetProperty("Accounts")));
        Assert.Contains(fixture.Server.AccountId, OrganizationFixture.Ids(listed.GetProperty("Accounts")));
    }

    [Fact]
    public async Task An_account_can_name_its_access_role_and_emails_are_unique()
    {
        var accountId = await fixture.CreateAccountAsync("named-role@accounts.example", "Named", "--role-name", "BreakGlass");
        var member = await fixture.SignInAsync(accountId, "BreakGlass");
        Assert.Contains("(NoSuchEntity)", await member.FailsAsync("iam", "get-role", "--role-name", "OrganizationAccountAccessRole"));

        var duplicate = (await fixture.Management.OkAsync("create-account", "--email", "NAMED-ROLE@accounts.example", "--account-name", "Again"))
            .GetProperty("CreateAccountStatus");
        var failed = (await fixture.Management.OkAsync("describe-create-account-status", "--create-account-request-id", duplicate.GetProperty("Id").GetString()!))
            .GetProperty("CreateAccountStatus");
        Assert.Equal("FAILED", failed.GetProperty("State").GetString());
        Assert.Equal("EMAIL_ALREADY_EXISTS", failed.GetProperty("FailureReason").GetString());
        Assert.False(failed.TryGetProperty("AccountId", out _));

        var failures = await fixture.Management.OkAsync("list-create-account-status", "--states", "FAILED");
        Assert.Contains(duplicate.GetProperty("Id").GetString(), OrganizationFixture.Ids(failures.GetProperty("CreateAccountStatuses")));
        Assert.DoesNotContain("SUCCEEDED", failures.GetProperty("CreateAccountStatuses").EnumerateArray().Select(s => s.GetProperty("State").GetString()));

        Assert.Contains("(CreateAccountStatusNotFoundException)",
            await fixture.Management.FailsAsync("describe-create-account-status", "--create-account-request-id", "car-0123456789abcdef"));
        var govCloud = await fixture.Management.FailsAsync("create-gov-cloud-account", "--email", "gov@accounts.example", "--account-name", "Gov");
        Assert.Contains("(ConstraintViolationException)", govCloud);
    }

    [Fact]
    public async Task Member_accounts_may_describe_their_organization_but_not_manage_it()
    {
        var member = await fixture.SignInAsync(fixture.MemberId);
        var organization = (await member.OkAsync("organizations", "describe-organization")).GetProperty("Organization");
        Assert.Equal(fixture.OrganizationId, organization.GetProperty("Id").GetString());
        string[][] commands = [["list-accounts"], ["list-roots"], ["create-account", "--email", "x@y.example", "--account-name", "X"],
            ["describe-account", "--account-id", fixture.MemberId], ["create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Nope"]];
        foreach (var command in commands)
        {
            Assert.Contains("(AccessDeniedException)", await member.FailsAsync(["organizations", .. command]));
        }
        Assert.Contains("You don't have permissions to access this resource.", await member.FailsAsync("organizations", "list-accounts"));
        Assert.Contains("(MasterCannotLeaveOrganizationException)", await fixture.Management.FailsAsync("leave-organization"));
        Assert.Contains("(OrganizationNotEmptyException)", await fixture.Management.FailsAsync("delete-organization"));
        Assert.Contains("(AccountNotFoundException)", await fixture.Management.FailsAsync("describe-account", "--account-id", "000000000000"));
    }

    [Fact]
    public async Task Closing_an_account_suspends_it_once_and_never_the_management_account()
    {
        var accountId = await fixture.CreateAccountAsync("closing@accounts.example", "Closing");
        await fixture.Management.OkAsync("close-account", "--account-id", accountId);
        var account = (await fixture.Management.OkAsync("describe-account", "--account-id", accountId)).GetProperty("Account");
        Assert.Equal("SUSPENDED", account.GetProperty("Status").GetString());
        Assert.Contains("(AccountAlreadyClosedException)", await fixture.Management.FailsAsync("close-account", "--account-id", accountId));
        var management = await fixture.Management.FailsAsync("close-account", "--account-id", fixture.Server.AccountId);
        Assert.Contains("(ConstraintViolationException)", management);
    }

    [Fact]
    public async Task A_removed_account_lives_on_alone_and_a_member_can_leave()
    {
        var removed = await fixture.CreateAccountAsync("removed@accounts.example", "Removed");
        await fixture.Management.OkAsync("remove-account-from-organization", "--account-id", removed);
        Assert.DoesNotContain(removed, OrganizationFixture.Ids((await fixture.Management.OkAsync("list-accounts")).GetProperty("Accounts")));
        var alone = await fixture.SignInAsync(removed);
        var notInUse = await alone.FailsAsync("organizations", "describe-organization");
        Assert.Contains("(AWSOrganizationsNotInUseException)", notInUse);
        Assert.Contains("Your account is not a member of an organization.", notInUse);
        Assert.Contains("(AccountNotFoundException)", await fixture.Management.FailsAsync("remove-account-from-organization", "--account-id", removed));
        Assert.Contains("(MasterCannotLeaveOrganizationException)",
            await fixture.Management.FailsAsync("remove-account-from-organization", "--account-id", fixture.Server.AccountId));

        var leaving = await fixture.CreateAccountAsync("leaving@accounts.example", "Leaving");
        var member = await fixture.SignInAsync(leaving);
        await member.OkAsync("organizations", "leave-organization");
        Assert.Contains("(AWSOrganizationsNotInUseException)", await member.FailsAsync("organizations", "leave-organization"));
        Assert.Contains("(AccountNotFoundException)", await fixture.Management.FailsAsync("describe-account", "--account-id", leaving));
    }

    [GeneratedRegex("^o-[a-z0-9]{10}$")]
    private static partial Regex OrganizationId();

    [GeneratedRegex("^r-[a-z0-9]{4}$")]
    private static partial Regex RootId();
}
