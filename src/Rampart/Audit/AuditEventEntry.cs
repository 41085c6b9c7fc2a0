using Rampart.Caching;
using Rampart.Storage.Events;

namespace Rampart.Audit;

/// <summary>A record as the store's event log holds it: the JSON text, in the partition of its recipient account
/// and region, indexed by every LookupEvents attribute but EventId, which the event log's own ID index serves.</summary>
public static class AuditEventEntry
{
    /// <summary>The entry's document is in a pooled array: see <see cref="AuditDocumentBuffers"/>.</summary>
    /// <param name="time">The call's completion time. It is logged to the second, as the record's eventTime and
    /// LookupEvents' EventTime show it, so that a time taken from an event selects that event in a time range.</param>
    public static EventEntry Of(CloudTrailRecord record, DateTimeOffset time) => new(
        record.EventId,
        new DateTimeOffset(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
        AuditPartition.Of(record.RecipientAccountId, record.AwsRegion),
        Attributes(record),
        AuditDocumentBuffers.Serialize(record));

    /// <summary>Attributes of queued events stay alive until the event log has them, so a collection meanwhile copies
    /// whatever they hold that is young. Most (EventName, ReadOnly, EventSource, a caller's Username and AccessKeyId)
    /// repeat from call to call and are made once.</summary>
    private static readonly BoundedMemo<(LookupAttributeKey Key, string Value), EventAttribute> Known =
        new(attribute => new EventAttribute(attribute.Key.ToString(), IndexedValue.Of(attribute.Value)));

    [ThreadStatic] private static List<EventAttribute>? scratch;

    private static EventAttribute[] Attributes(CloudTrailRecord record)
    {
        var attributes = scratch ??= new List<EventAttribute>(8);
        attributes.Clear();
        Add(attributes, LookupAttributeKey.EventName, record.EventName);
        Add(attributes, LookupAttributeKey.ReadOnly, record.ReadOnly ? "true" : "false");
        Add(attributes, LookupAttributeKey.Username, LookupFacts.Username(record.UserIdentity));
        Add(attributes, LookupAttributeKey.EventSource, record.EventSource);
        Add(attributes, LookupAttributeKey.AccessKeyId, record.UserIdentity.AccessKeyId);
        foreach (var resource in LookupFacts.Resources(record))
        {
            Add(attributes, LookupAttributeKey.ResourceType, resource.Type);
            Add(attributes, LookupAttributeKey.ResourceName, resource.Name);
        }
        return attributes.ToArray();
    }

    /// <summary>Absent values are not indexed: LookupEvents cannot ask for an empty value.</summary>
    private static void Add(List<EventAttribute> attributes, LookupAttributeKey key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        var attribute = Known[(key, value)];
        // A loop, not List.Exists: the lambda's closure was a fifth of what building an entry allocated.
        foreach (var added in attributes)
        {
            if (added == attribute)
            {
                return;
            }
        }
        attributes.Add(attribute);
    }
}
