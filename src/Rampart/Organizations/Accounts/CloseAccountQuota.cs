namespace Rampart.Organizations.Accounts;

/// <summary>How many member accounts an organization may close: within a rolling 30-day period, the higher of 250 and
/// 20% of its member accounts, up to 1,000 (CloseAccount in the API reference).</summary>
public static class CloseAccountQuota
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(30);

    private const int Floor = 250;
    private const int Ceiling = 1000;
    private const int Percent = 20;

    public static int For(long memberAccounts) => (int)Math.Min(Ceiling, Math.Max(Floor, memberAccounts * Percent / 100));
}
