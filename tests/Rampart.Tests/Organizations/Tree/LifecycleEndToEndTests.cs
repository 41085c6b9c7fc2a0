using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Organizations.Tree;

/// <summary>An organization's whole life on one server: before it exists, with consolidated billing only, moving to
/// all features with an invited member's approval, and its deletion.</summary>
public sealed class LifecycleEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Management => new(fixture.Server, "organizations");

    [Fact]
    public async Task An_organization_is_created_moved_to_all_features_and_deleted()
    {
        var notInUse = await Management.FailsAsync("describe-organization");
        Assert.Contains("(AWSOrganizationsNotInUseException)", notInUse);
        Assert.Contains("Your account is not a member of an organization.", notInUse);
        Assert.Contains("(AWSOrganizationsNotInUseException)", await Management.FailsAsync("list-accounts"));
        Assert.Contains("(AWSOrganizationsNotInUseException)", await Management.FailsAsync("delete-organization"));

        var first = (await Management.OkAsync("create-organization", "--feature-set", "CONSOLIDATED_BILLING")).GetProperty("Organization");
        Assert.Equal("CONSOLIDATED_BILLING", first.GetProperty("FeatureSet").GetString());
        var rootId = (await Management.OkAsync("list-roots")).GetProperty("Roots")[0].GetProperty("Id").GetString()!;

        var iam = new AwsCli(fixture.Server, "iam");
        await iam.OkAsync("create-user", "--user-name", "lifecycle-admin");
        await iam.OkAsync("attach-user-policy", "--user-name", "lifecycle-admin", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        var admin = new AwsCli(fixture.Server).As((await iam.OkAsync("create-access-key", "--user-name", "lifecycle-admin")).GetProperty("AccessKey"));

        var request = (await Management.OkAsync("create-account", "--email", "invited@lifecycle.example", "--account-name", "Invited"))
            .GetProperty("CreateAccountStatus").GetProperty("Id").GetString()!;
        var invited = (await Management.OkAsync("describe-create-account-status", "--create-account-request-id", request))
            .GetProperty("CreateAccountStatus").GetProperty("AccountId").GetString()!;
        await Management.OkAsync("remove-account-from-organization", "--account-id", invited);
        var member = new AwsCli(fixture.Server).As((await admin.OkAsync("sts", "assume-role", "--role-arn",
            $"arn:aws:iam::{invited}:role/OrganizationAccountAccessRole", "--role-session-name", "lifecycle")).GetProperty("Credentials"));
        var invitation = (await Management.OkAsync("invite-account-to-organization", "--target", $"Id={invited},Type=ACCOUNT"))
            .GetProperty("Handshake").GetProperty("Id").GetString()!;
        await member.OkAsync("organizations", "accept-handshake", "--handshake-id", invitation);

        var notAll = await Management.FailsAsync("enable-aws-service-access", "--service-principal", "guardduty.amazonaws.com");
        Assert.Contains("(ConstraintViolationException)", notAll);

        var enable = (await Management.OkAsync("enable-all-features")).GetProperty("Handshake");
        Assert.Equal("ENABLE_ALL_FEATURES", enable.GetProperty("Action").GetString());
        Assert.Contains("(HandshakeConstraintViolationException)", await Management.FailsAsync("enable-all-features"));
        Assert.Contains("(HandshakeConstraintViolationException)",
            await Management.FailsAsync("accept-handshake", "--handshake-id", enable.GetProperty("Id").GetString()!));
        var approvals = (await member.OkAsync("organizations", "list-handshakes-for-account", "--filter", "ActionType=APPROVE_ALL_FEATURES"))
            .GetProperty("Handshakes");
        var approval = Assert.Single(approvals.EnumerateArray());
        Assert.Contains(enable.GetProperty("Id").GetString(), approval.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("Value").GetString()));
        await member.OkAsync("organizations", "accept-handshake", "--handshake-id", approval.GetProperty("Id").GetString()!);
        await Management.OkAsync("accept-handshake", "--handshake-id", enable.GetProperty("Id").GetString()!);
        Assert.Equal("ALL", (await Management.OkAsync("describe-organization")).GetProperty("Organization").GetProperty("FeatureSet").GetString());
        Assert.Contains("(HandshakeConstraintViolationException)", await Management.FailsAsync("enable-all-features"));

        await Management.OkAsync("create-organizational-unit", "--parent-id", rootId, "--name", "Leftover");
        Assert.Contains("(OrganizationNotEmptyException)", await Management.FailsAsync("delete-organization"));
        await member.OkAsync("organizations", "leave-organization");
        await Management.OkAsync("delete-organization");
        Assert.Contains("(AWSOrganizationsNotInUseException)", await Management.FailsAsync("describe-organization"));
        Assert.Contains("(AWSOrganizationsNotInUseException)", await member.FailsAsync("organizations", "describe-organization"));

        var second = (await Management.OkAsync("create-organization")).GetProperty("Organization");
        Assert.NotEqual(first.GetProperty("Id").GetString(), second.GetProperty("Id").GetString());
        Assert.Equal("ALL", second.GetProperty("FeatureSet").GetString());
        var accounts = (await Management.OkAsync("list-accounts")).GetProperty("Accounts");
        Assert.Equal([fixture.Server.AccountId], OrganizationFixture.Ids(accounts));
        Assert.Equal(0, (await Management.OkAsync("list-organizational-units-for-parent", "--parent-id",
            (await Management.OkAsync("list-roots")).GetProperty("Roots")[0].GetProperty("Id").GetString()!)).GetProperty("OrganizationalUnits").GetArrayLength());
    }
}
