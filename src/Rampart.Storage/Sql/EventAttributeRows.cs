using System.Text.Json;
using Rampart.Storage.Events;

namespace Rampart.Storage.Sql;

/// <summary>
/// Writes the lookup attributes of a batch of events that its columns do not hold (<see cref="EventColumns"/>) with
/// one statement and one parameter: the rows travel as a JSON array the database expands itself. Binding a parameter
/// costs more than the database's work for a row, so one parameter per row made the attributes most of the cost of
/// an append.
/// </summary>
internal static class EventAttributeRows
{
    /// <summary>The statement inserting the rows of <see cref="ToJsonChunks"/>; each row takes its event's time and
    /// sequence number from the event's row, and for an event logged before the rows exist already.</summary>
    /// <param name="jsonArrayElements">The dialect's table-valued expression yielding one row per element of the
    /// JSON array in parameter @rows, with the element in a column named "value".</param>
    public static string InsertSql(string jsonArrayElements) =>
        "INSERT INTO event_attributes (partition_key, attr_name, attr_value, event_time, seq) " +
        $"SELECT e.partition_key, j.value ->> 2, j.value ->> 3, e.event_time, e.seq FROM {jsonArrayElements} j " +
        "JOIN events e ON e.partition_key = j.value ->> 0 AND e.event_id = j.value ->> 1 " +
        // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the join.
        "WHERE true ON CONFLICT DO NOTHING";

    /// <summary>A chunk is closed once it holds this many bytes. A row adds at most about 20 KB more (bounded keys
    /// and values, each character escaped at worst to six), so neither the chunk's string nor its UTF-8 copy
    /// reaches the large object heap (85,000 bytes): a batch-sized string there cost a full collection per batch.</summary>
    private const int ChunkBytes = 20_000;

    /// <summary>The attributes their event's columns do not hold, as JSON arrays [[partition, eventId, name, value], ...]
    /// of at most about <see cref="ChunkBytes"/> bytes each; none when there are no such attributes.</summary>
    /// <param name="events">The events to log.</param>
    /// <param name="columns">Each event's <see cref="EventColumns.ValuesOf"/>.</param>
    public static List<string> ToJsonChunks(IReadOnlyList<EventEntry> events, IReadOnlyList<object[]> columns)
    {
        var chunks = new List<string>();
        // Most events have no such attribute: the buffer and writer are made for the first row.
        System.Buffers.ArrayBufferWriter<byte>? buffer = null;
        Utf8JsonWriter? writer = null;
        var rows = 0;
        for (var index = 0; index < events.Count; index++)
        {
            var entry = events[index];
            foreach (var attribute in entry.Attributes)
            {
                if (EventColumns.Hold(columns[index], attribute))
                {
                    continue;
                }
                if (writer is null || buffer is null)
                {
                    buffer = new System.Buffers.ArrayBufferWriter<byte>(ChunkBytes * 2);
                    writer = new Utf8JsonWriter(buffer);
                }
                if (rows == 0)
                {
                    writer.WriteStartArray();
                }
                writer.WriteStartArray();
                writer.WriteStringValue(entry.Partition);
                writer.WriteStringValue(entry.EventId);
                writer.WriteStringValue(attribute.Name);
                writer.WriteStringValue(attribute.Value);
                writer.WriteEndArray();
                rows++;
                if (writer.BytesPending + writer.BytesCommitted >= ChunkBytes)
                {
                    chunks.Add(Complete(writer, buffer));
                    rows = 0;
                }
            }
        }
        if (rows > 0 && writer is not null && buffer is not null)
        {
            chunks.Add(Complete(writer, buffer));
        }
        writer?.Dispose();
        return chunks;
    }

    private static string Complete(Utf8JsonWriter writer, System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        writer.WriteEndArray();
        writer.Flush();
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        return json;
    }
}
