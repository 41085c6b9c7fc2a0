using System.Globalization;

namespace Rampart.Tests.Organizations.Tree;

/// <summary>Responsibility transfers between the management accounts of two organizations on one server, through
/// the real aws CLI.</summary>
public sealed class TransfersEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task Billing_moves_to_another_organization_when_its_management_account_accepts_and_ends_when_terminated()
    {
        var otherManagement = await fixture.CreateAccountAsync("payer@transfers.example", "Payer");
        await fixture.Management.OkAsync("remove-account-from-organization", "--account-id", otherManagement);
        var payer = await fixture.SignInAsync(otherManagement);
        var notManagement = await fixture.Management.FailsAsync("invite-organization-to-transfer-responsibility", "--type", "BILLING",
            "--target", $"Id={otherManagement},Type=ACCOUNT", "--start-timestamp", NextMonth(), "--source-name", "Early");
        Assert.Contains("(InvalidInputException)", notManagement);
        await payer.OkAsync("organizations", "create-organization");

        var midMonth = await fixture.Management.FailsAsync("invite-organization-to-transfer-responsibility", "--type", "BILLING",
            "--target", $"Id={otherManagement},Type=ACCOUNT", "--start-timestamp", NextMonth().Replace("-01T", "-15T"), "--source-name", "Mid");
        Assert.Contains("(InvalidInputException)", midMonth);
        var handshake = (await fixture.Management.OkAsync("invite-organization-to-transfer-responsibility", "--type", "BILLING",
            "--target", $"Id={otherManagement},Type=ACCOUNT", "--start-timestamp", NextMonth(), "--source-name", "Consolidated bill"))
            .GetProperty("Handshake");
        Assert.Equal("TRANSFER_RESPONSIBILITY", handshake.GetProperty("Action").GetString());
        var transferId = handshake.GetProperty("Resources").EnumerateArray()
            .Single(r => r.GetProperty("Type").GetString() == "RESPONSIBILITY_TRANSFER").GetProperty("Value").GetString()!;
        Assert.Matches("^rt-[0-9a-z]{8,32}$", transferId);
        Assert.Contains("(HandshakeConstraintViolationException)", await fixture.Management.FailsAsync("invite-organization-to-transfer-responsibility",
            "--type", "BILLING", "--target", $"Id={otherManagement},Type=ACCOUNT", "--start-timestamp", NextMonth(), "--source-name", "Again"));

        var inbound = (await payer.OkAsync("organizations", "list-inbound-responsibility-transfers", "--type", "BILLING")).GetProperty("ResponsibilityTransfers");
        var requested = Assert.Single(inbound.EnumerateArray());
        Assert.Equal("REQUESTED", requested.GetProperty("Status").GetString());
        Assert.Equal(fixture.Server.AccountId, requested.GetProperty("Source").GetProperty("ManagementAccountId").GetString());
        Assert.Contains("/billing/inbound/" + transferId, requested.GetProperty("Arn").GetString());

        await payer.OkAsync("organizations", "accept-handshake", "--handshake-id", handshake.GetProperty("Id").GetString()!);
        var outbound = Assert.Single((await fixture.Management.OkAsync("list-outbound-responsibility-transfers", "--type", "BILLING"))
            .GetProperty("ResponsibilityTransfers").EnumerateArray());
        Assert.Equal("ACCEPTED", outbound.GetProperty("Status").GetString());
        Assert.Equal($"arn:aws:organizations::{fixture.Server.AccountId}:transfer/{fixture.OrganizationId}/billing/outbound/{transferId}", outbound.GetProperty("Arn").GetString());

        var renamed = (await fixture.Management.OkAsync("update-responsibility-transfer", "--id", transferId, "--name", "Group bill")).GetProperty("ResponsibilityTransfer");
        Assert.Equal("Group bill", renamed.GetProperty("Name").GetString());
        var ended = (await payer.OkAsync("organizations", "terminate-responsibility-transfer", "--id", transferId)).GetProperty("ResponsibilityTransfer");
        Assert.Equal("WITHDRAWN", ended.GetProperty("Status").GetString());
        Assert.True(ended.TryGetProperty("EndTimestamp", out _));
        Assert.Contains("(ResponsibilityTransferAlreadyInStatusException)",
            await fixture.Management.FailsAsync("terminate-responsibility-transfer", "--id", transferId));
        Assert.Equal("WITHDRAWN", (await fixture.Management.OkAsync("describe-responsibility-transfer", "--id", transferId))
            .GetProperty("ResponsibilityTransfer").GetProperty("Status").GetString());

        var member = await fixture.SignInAsync(fixture.MemberId);
        Assert.Contains("(AccessDeniedException)", await member.FailsAsync("organizations", "describe-responsibility-transfer", "--id", transferId));
        Assert.Contains("(ResponsibilityTransferNotFoundException)", await fixture.Management.FailsAsync("describe-responsibility-transfer", "--id", "rt-0123456789abcdef"));
    }

    private static string NextMonth()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }
}
