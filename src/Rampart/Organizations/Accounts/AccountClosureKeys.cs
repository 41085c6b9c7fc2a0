using System.Globalization;
using Rampart.Organizations.Common;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

/// <summary>Store keys of the closures counted against <see cref="CloseAccountQuota"/>: ordered by time, so the
/// closures of the last 30 days are one range.</summary>
public static class AccountClosureKeys
{
    private const string SortableTime = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

    public static ItemKey Of(string organizationId, DateTimeOffset closedAt, string accountId) =>
        new(OrgCollections.AccountClosure, organizationId, Time(closedAt) + "/" + accountId);

    /// <summary>The key to list after for the closures within the quota's period before <paramref name="now"/>.</summary>
    public static string StartOfPeriod(DateTimeOffset now) => Time(now - CloseAccountQuota.Period);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(SortableTime, CultureInfo.InvariantCulture);
}
