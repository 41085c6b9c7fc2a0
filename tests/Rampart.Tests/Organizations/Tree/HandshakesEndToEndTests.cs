namespace Rampart.Tests.Organizations.Tree;

/// <summary>Invitations and their handshakes through the real aws CLI: an account removed from the organization is
/// invited back, declines, is invited by email, and accepts.</summary>
public sealed class HandshakesEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task An_invited_account_declines_then_accepts_and_joins_under_the_root()
    {
        var accountId = await fixture.CreateAccountAsync("invitee@handshakes.example", "Invitee");
        await fixture.Management.OkAsync("remove-account-from-organization", "--account-id", accountId);
        var invitee = await fixture.SignInAsync(accountId);
        Assert.Equal(0, (await invitee.OkAsync("organizations", "list-handshakes-for-account")).GetProperty("Handshakes").GetArrayLength());

        var invitation = (await fixture.Management.OkAsync("invite-account-to-organization", "--target", $"Id={accountId},Type=ACCOUNT", "--notes", "join us"))
            .GetProperty("Handshake");
        var first = invitation.GetProperty("Id").GetString()!;
        Assert.Matches("^h-[a-z0-9]{8,32}$", first);
        Assert.Equal($"arn:aws:organizations::{fixture.Server.AccountId}:handshake/{fixture.OrganizationId}/invite/{first}", invitation.GetProperty("Arn").GetString());
        Assert.Equal("OPEN", invitation.GetProperty("State").GetString());
        Assert.Equal("INVITE", invitation.GetProperty("Action").GetString());
        Assert.Equal([fixture.OrganizationId, accountId], OrganizationFixture.Ids(invitation.GetProperty("Parties")));
        Assert.Contains("join us", invitation.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("Value").GetString()));
        Assert.Contains("(DuplicateHandshakeException)",
            await fixture.Management.FailsAsync("invite-account-to-organization", "--target", $"Id={accountId},Type=ACCOUNT"));

        Assert.Equal([first], OrganizationFixture.Ids((await invitee.OkAsync("organizations", "list-handshakes-for-account")).GetProperty("Handshakes")));
        Assert.Equal("OPEN", (await invitee.OkAsync("organizations", "describe-handshake", "--handshake-id", first)).GetProperty("Handshake").GetProperty("State").GetString());
        var outsider = await fixture.SignInAsync(fixture.MemberId);
        // Only the party is granted the handshake actions on the management account's handshake.
        Assert.Contains("(AccessDeniedException)", await outsider.FailsAsync("organizations", "describe-handshake", "--handshake-id", first));
        Assert.Contains("(AccessDeniedException)", await outsider.FailsAsync("organizations", "accept-handshake", "--handshake-id", first));

        Assert.Equal("DECLINED", (await invitee.OkAsync("organizations", "decline-handshake", "--handshake-id", first)).GetProperty("Handshake").GetProperty("State").GetString());
        Assert.Contains("(HandshakeAlreadyInStateException)", await invitee.FailsAsync("organizations", "decline-handshake", "--handshake-id", first));
        Assert.Contains("(InvalidHandshakeTransitionException)", await invitee.FailsAsync("organizations", "accept-handshake", "--handshake-id", first));

        var byEmail = (await fixture.Management.OkAsync("invite-account-to-organization", "--target", "Id=invitee@handshakes.example,Type=EMAIL"))
            .GetProperty("Handshake").GetProperty("Id").GetString()!;
        Assert.Contains(byEmail, OrganizationFixture.Ids((await invitee.OkAsync("organizations", "list-handshakes-for-account")).GetProperty("Handshakes")));
        Assert.Equal("CANCELED", (await fixture.Management.OkAsync("cancel-handshake", "--handshake-id", byEmail)).GetProperty("Handshake").GetProperty("State").GetString());
        Assert.Contains("(InvalidHandshakeTransitionException)", await invitee.FailsAsync("organizations", "accept-handshake", "--handshake-id", byEmail));

        var last = (await fixture.Management.OkAsync("invite-account-to-organization", "--target", $"Id={accountId},Type=ACCOUNT", "--tags", "Key=joined,Value=yes"))
            .GetProperty("Handshake").GetProperty("Id").GetString()!;
        Assert.Equal("ACCEPTED", (await invitee.OkAsync("organizations", "accept-handshake", "--handshake-id", last)).GetProperty("Handshake").GetProperty("State").GetString());
        var joined = (await fixture.Management.OkAsync("describe-account", "--account-id", accountId)).GetProperty("Account");
        Assert.Equal("INVITED", joined.GetProperty("JoinedMethod").GetString());
        Assert.Equal(fixture.RootId, OrganizationFixture.Ids((await fixture.Management.OkAsync("list-parents", "--child-id", accountId)).GetProperty("Parents")).Single());
        Assert.Equal(["joined"], OrganizationFixture.Ids((await fixture.Management.OkAsync("list-tags-for-resource", "--resource-id", accountId)).GetProperty("Tags"), "Key"));
        Assert.Equal(fixture.OrganizationId, (await invitee.OkAsync("organizations", "describe-organization")).GetProperty("Organization").GetProperty("Id").GetString());

        var member = await fixture.Management.FailsAsync("invite-account-to-organization", "--target", $"Id={accountId},Type=ACCOUNT");
        Assert.Contains("(HandshakeConstraintViolationException)", member);
        var sent = OrganizationFixture.Ids((await fixture.Management.OkAsync("list-handshakes-for-organization")).GetProperty("Handshakes")).ToList();
        Assert.Contains(first, sent);
        Assert.Contains(last, sent);
        Assert.Contains("(HandshakeNotFoundException)", await fixture.Management.FailsAsync("describe-handshake", "--handshake-id", "h-0123456789abcdef"));
    }
}
