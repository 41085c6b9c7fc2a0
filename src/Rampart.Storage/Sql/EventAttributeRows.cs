using System.Text.Json;
using Rampart.Storage.Events;

namespace Rampart.Storage.Sql;

/// <summary>
/// Writes the lookup attributes of a batch of events (about eight per API call for the audit trail) with one
/// statement and one parameter: the rows travel as a JSON array the database expands itself. Binding a parameter
/// costs more than the database's work for a row, so one parameter per row made the attributes most of the cost of
/// an append.
/// </summary>
internal static class EventAttributeRows
{
    /// <summary>The statement inserting the rows of <see cref="ToJson"/>; each row takes its event's time and
    /// sequence number from the event's row, and for an event logged before the rows exist already.</summary>
    /// <param name="jsonArrayElements">The dialect's table-valued expression yielding one row per element of the
    /// JSON array in parameter @rows, with the element in a column named "value".</param>
    public static string InsertSql(string jsonArrayElements) =>
        "INSERT INTO event_attributes (partition_key, attr_name, attr_value, event_time, seq) " +
        $"SELECT e.partition_key, j.value ->> 2, j.value ->> 3, e.event_time, e.seq FROM {jsonArrayElements} j " +
        "JOIN events e ON e.partition_key = j.value ->> 0 AND e.event_id = j.value ->> 1 " +
        // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the join.
        "WHERE true ON CONFLICT DO NOTHING";

    /// <summary>The attributes as [[partition, eventId, name, value], ...], or null when there are none.</summary>
    public static string? ToJson(IReadOnlyList<EventEntry> events)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var any = false;
            writer.WriteStartArray();
            foreach (var entry in events)
            {
                foreach (var attribute in entry.Attributes)
                {
                    any = true;
                    writer.WriteStartArray();
                    writer.WriteStringValue(entry.Partition);
                    writer.WriteStringValue(entry.EventId);
                    writer.WriteStringValue(attribute.Name);
                    writer.WriteStringValue(attribute.Value);
                    writer.WriteEndArray();
                }
            }
            writer.WriteEndArray();
            writer.Flush();
            if (!any)
            {
                return null;
            }
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
