using System.Text.RegularExpressions;
using Rampart.Tests.EndToEnd;

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
    public async Task Closing_an_account_goes_through_pending_closure_to_suspended_once_and_never_the_management_account()
    {
        var accountId = await fixture.CreateAccountAsync("closing@accounts.example", "Closing");
        var member = await fixture.SignInAsync(accountId);
        await member.OkAsync("iam", "create-user", "--user-name", "resident");
        var residentKey = (await member.OkAsync("iam", "create-access-key", "--user-name", "resident")).GetProperty("AccessKey");
        var resident = new AwsCli(fixture.Server).As(residentKey);
        Assert.Equal(accountId, (await resident.OkAsync("sts", "get-caller-identity")).GetProperty("Account").GetString());

        // As a script written for AWS does: close, then poll DescribeAccount until the closure completes.
        var closure = await fixture.Management.PythonAsync($$"""
            import json, os, time, boto3
            org = boto3.client("organizations", endpoint_url=os.environ["RAMPART_URL"], region_name="us-east-1")
            def error(call, **kwargs):
                try:
                    call(**kwargs)
                    return "succeeded"
                except org.exceptions.ClientError as e:
                    return e.response["Error"]["Code"] + "/" + e.response.get("Reason", "")
            org.close_account(AccountId="{{accountId}}")
            first = org.describe_account(AccountId="{{accountId}}")["Account"]
            again = error(org.close_account, AccountId="{{accountId}}")
            seen = [first["Status"]]
            for _ in range(120):
                account = org.describe_account(AccountId="{{accountId}}")["Account"]
                if account["Status"] != seen[-1]:
                    seen.append(account["Status"])
                if account["Status"] == "SUSPENDED":
                    break
                time.sleep(0.5)
            listed = [a for a in org.list_accounts()["Accounts"] if a["Id"] == "{{accountId}}"][0]
            print(json.dumps({
                "first": [first["Status"], first["State"]], "seen": seen, "again": again,
                "listed": [listed["Status"], listed["State"]],
                "closed_again": error(org.close_account, AccountId="{{accountId}}"),
                "management": error(org.close_account, AccountId="{{fixture.Server.AccountId}}"),
                "unknown": error(org.close_account, AccountId="000000000000"),
            }))
            """);
        Assert.Equal(["PENDING_CLOSURE", "PENDING_CLOSURE"], closure.GetProperty("first").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["PENDING_CLOSURE", "SUSPENDED"], closure.GetProperty("seen").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("ConflictException/", closure.GetProperty("again").GetString());
        Assert.Equal(["SUSPENDED", "SUSPENDED"], closure.GetProperty("listed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("AccountAlreadyClosedException/", closure.GetProperty("closed_again").GetString());
        Assert.Equal("ConstraintViolationException/CANNOT_CLOSE_MANAGEMENT_ACCOUNT", closure.GetProperty("management").GetString());
        Assert.Equal("AccountNotFoundException/", closure.GetProperty("unknown").GetString());

        // The closed account's credentials, long-term or a role session, are no longer recognized by any service.
        var refused = await resident.FailsAsync("sts", "get-caller-identity");
        Assert.Contains("(InvalidClientTokenId)", refused);
        Assert.Contains("The security token included in the request is invalid.", refused);
        Assert.Contains("(UnrecognizedClientException)", await member.FailsAsync("kms", "list-keys"));
        Assert.Contains("(ConstraintViolationException)",
            await fixture.Management.FailsAsync("register-delegated-administrator", "--account-id", accountId, "--service-principal", "guardduty.amazonaws.com"));
        await new AwsCli(fixture.Server, "sts").OkAsync("get-caller-identity");
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
