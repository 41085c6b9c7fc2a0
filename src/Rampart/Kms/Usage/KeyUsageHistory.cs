using Rampart.Audit;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.Kms.Usage;

/// <summary>A key's last successful cryptographic operation, read from the audit trail (the CloudTrail events that
/// name the key as a resource), newest first. Events are written behind the requests, so the answer can lag the
/// last call by a moment, as AWS's does.</summary>
public sealed class KeyUsageHistory(IStore store)
{
    private const int PageSize = 100;
    private const int MaxEventsScanned = 2_000;

    private static readonly HashSet<string> Tracked =
    [
        "Decrypt", "DeriveSharedSecret", "Encrypt", "GenerateDataKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext",
        "GenerateDataKeyWithoutPlaintext", "GenerateMac", "ReEncrypt", "Sign", "Verify", "VerifyMac",
    ];

    public sealed record LastUse(string Operation, DateTimeOffset Timestamp, string CloudTrailEventId, string KmsRequestId);

    /// <summary>The last successful use, or null when none is on record (among the latest events that name the key).</summary>
    public async ValueTask<LastUse?> FindAsync(string accountId, string region, string keyArn, CancellationToken cancellationToken)
    {
        var query = new EventQuery(
            AuditPartition.Of(accountId, region), new EventAttribute(nameof(LookupAttributeKey.ResourceName), IndexedValue.Of(keyArn)), Limit: PageSize);
        for (var scanned = 0; scanned < MaxEventsScanned;)
        {
            var page = await store.QueryEventsAsync(query, cancellationToken);
            foreach (var logged in page.Events)
            {
                var record = LoggedRecord.Read(logged);
                if (Tracked.Contains(record.EventName) && record.EventSource == "kms.amazonaws.com" && record.ErrorCode is null)
                {
                    return new LastUse(record.EventName, logged.EventTime, logged.EventId, record.RequestId);
                }
            }
            scanned += page.Events.Count;
            if (page.ContinuationToken is null)
            {
                break;
            }
            query = query with { ContinuationToken = page.ContinuationToken };
        }
        return null;
    }
}
