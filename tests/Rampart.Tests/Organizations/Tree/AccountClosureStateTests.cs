using Rampart.Organizations.Tree;

namespace Rampart.Tests.Organizations.Tree;

/// <summary>An account's Status and State through its closure, as AWS shows them while the closure runs and after.</summary>
public sealed class AccountClosureStateTests
{
    private static readonly DateTimeOffset Asked = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly MemberAccountRecord Open = new(
        "o-exampleorg1", "111122223333", "Member", "member@example.com", "r-ab12", MemberAccountRecord.Active, MemberAccountRecord.Created, Asked);

    [Fact]
    public void An_open_account_is_active()
    {
        Assert.Equal("ACTIVE", Open.StatusAt(Asked.AddYears(1)));
        Assert.Equal("ACTIVE", Open.StateAt(Asked.AddYears(1)));
        Assert.False(Open.IsClosing);
    }

    [Fact]
    public void A_closed_account_is_pending_then_suspended_then_closed_for_good_after_the_post_closure_period()
    {
        var closing = Open with { Status = MemberAccountRecord.PendingClosure, ClosureRequestedAt = Asked };
        var done = Asked + MemberAccountRecord.ClosureDuration;

        Assert.True(closing.IsClosing);
        Assert.Equal(("PENDING_CLOSURE", "PENDING_CLOSURE"), (closing.StatusAt(Asked), closing.StateAt(Asked)));
        Assert.Equal(("SUSPENDED", "SUSPENDED"), (closing.StatusAt(done), closing.StateAt(done)));
        Assert.Equal(("SUSPENDED", "SUSPENDED"), (closing.StatusAt(done.AddDays(89)), closing.StateAt(done.AddDays(89))));
        Assert.Equal(("SUSPENDED", "CLOSED"), (closing.StatusAt(done.AddDays(90)), closing.StateAt(done.AddDays(90))));
    }
}
