using Rampart.Audit;
using Rampart.Iam.AccessKeys;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.Iam.LastAccessed;

/// <summary>Reads who used which service from the audit trail, newest first, over every region's history. A user's
/// calls are found through the user-name index; a role's sessions carry the role only in their session issuer, so
/// for roles and whole accounts the newest <see cref="ScanLimitPerRegion"/> events of each region are read.</summary>
public sealed class AccessHistory(IStore store, IAuditTrail audit)
{
    /// <summary>How far back an unindexed scan reads in each region.</summary>
    public const int ScanLimitPerRegion = 10_000;

    /// <summary>AWS tracks access for the last 400 days.</summary>
    public static readonly TimeSpan TrackingPeriod = TimeSpan.FromDays(400);

    /// <summary>Calls made by the IAM user <paramref name="userArn"/> named <paramref name="userName"/>.</summary>
    public async ValueTask<IReadOnlyList<AccessEvent>> OfUserAsync(string accountId, string userName, string userArn, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ReadAsync(accountId, new EventAttribute(nameof(LookupAttributeKey.Username), IndexedValue.Of(userName)), now,
            access => access.EntityArn == userArn, cancellationToken);

    /// <summary>Calls made in sessions of the role <paramref name="roleArn"/>.</summary>
    public async ValueTask<IReadOnlyList<AccessEvent>> OfRoleAsync(string accountId, string roleArn, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ReadAsync(accountId, null, now, access => access.EntityArn == roleArn, cancellationToken);

    /// <summary>Calls made by any IAM user or role of the account.</summary>
    public async ValueTask<IReadOnlyList<AccessEvent>> OfAccountAsync(string accountId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ReadAsync(accountId, null, now, _ => true, cancellationToken);

    private async ValueTask<IReadOnlyList<AccessEvent>> ReadAsync(
        string accountId, EventAttribute? attribute, DateTimeOffset now, Func<AccessEvent, bool> wanted, CancellationToken cancellationToken)
    {
        await audit.FlushAsync(cancellationToken);
        var found = new List<AccessEvent>();
        foreach (var region in AwsRegions.All)
        {
            string? token = null;
            var read = 0;
            do
            {
                var page = await store.QueryEventsAsync(
                    new EventQuery(AuditPartition.Of(accountId, region), attribute, now - TrackingPeriod, now, 1000, token), cancellationToken);
                foreach (var logged in page.Events)
                {
                    if (Parse(logged) is { } access && wanted(access))
                    {
                        found.Add(access);
                    }
                }
                read += page.Events.Count;
                token = page.ContinuationToken;
            }
            while (token is not null && (attribute is not null || read < ScanLimitPerRegion));
        }
        return found;
    }

    private static AccessEvent? Parse(LoggedEvent logged)
    {
        var record = LoggedRecord.Read(logged);
        var identity = record.UserIdentity;
        var entity = identity.Type switch
        {
            UserIdentityType.IAMUser => identity.Arn,
            UserIdentityType.AssumedRole => identity.SessionContext?.SessionIssuer?.Arn,
            _ => null,
        };
        if (entity is null)
        {
            return null;
        }
        return new AccessEvent(EventSource.Service(record.EventSource), record.EventName, logged.EventTime, record.AwsRegion, entity);
    }
}
