using Rampart.Audit;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.Iam.AccessKeys;

/// <summary>When and where an access key was last used, read from the audit trail: every call signed with a key
/// is recorded with its access key ID, which the event log indexes. Nothing is written on the request path.</summary>
public sealed class AccessKeyUsage(IStore store, IAuditTrail audit)
{
    public async ValueTask<AccessKeyLastUsedOutput> LastUsedAsync(string accountId, string accessKeyId, CancellationToken cancellationToken)
    {
        await audit.FlushAsync(cancellationToken);
        LoggedEvent? newest = null;
        foreach (var region in AwsRegions.All)
        {
            var page = await store.QueryEventsAsync(
                new EventQuery(AuditPartition.Of(accountId, region), new EventAttribute(nameof(LookupAttributeKey.AccessKeyId), IndexedValue.Of(accessKeyId)), Limit: 1),
                cancellationToken);
            if (page.Events is [var latest, ..] && (newest is null || latest.EventTime > newest.EventTime))
            {
                newest = latest;
            }
        }
        if (newest is null)
        {
            return AccessKeyLastUsedOutput.Never;
        }
        var record = LoggedRecord.Read(newest);
        return new AccessKeyLastUsedOutput(newest.EventTime, EventSource.Service(record.EventSource), record.AwsRegion);
    }
}
