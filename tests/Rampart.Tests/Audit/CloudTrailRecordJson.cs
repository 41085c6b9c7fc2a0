using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Storage.Events;

namespace Rampart.Tests.Audit;

/// <summary>A record as LookupEvents shows it after the event log has kept it, parsed back for assertions.</summary>
internal static class CloudTrailRecordJson
{
    public static JsonObject Parse(CloudTrailRecord record) =>
        JsonNode.Parse(Text(record))!.AsObject();

    public static string Text(CloudTrailRecord record) => LoggedRecord.Json(LoggedRecord.Read(Logged(record)));

    /// <summary>The record as the event log returns it: the stored document, with the row's ID, time, partition and
    /// single-valued attributes.</summary>
    public static LoggedEvent Logged(CloudTrailRecord record)
    {
        var time = DateTimeOffset.Parse(record.EventTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var entry = AuditEventEntry.Of(record, time);
        return new LoggedEvent(entry.EventId, entry.EventTime, entry.Partition, Encoding.UTF8.GetString(entry.Utf8Json.Span),
            [.. entry.Attributes.Where(attribute => EventAttribute.SingleValued.IndexOf(attribute.Name) >= 0)]);
    }

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
