using System.Text;

namespace Rampart.Storage.Sql;

/// <summary>The schema versions of both dialects that move lookup attributes from event_attributes rows into
/// <see cref="EventColumns"/>: version 2 the single-valued ones, version 3 the first value of the resource ones.</summary>
internal static class EventColumnsMigration
{
    /// <param name="textType">The dialect's column type for text that orders by code point.</param>
    public static IEnumerable<Migration> For(string textType) =>
    [
        For(2, "lookup attributes as columns of the event", textType, EventColumns.SingleValued),
        For(3, "the first resource of an event as columns of the event", textType, EventColumns.FirstOfRepeating),
    ];

    /// <summary>Each event's smallest value of an attribute moves into its column; the others stay rows.</summary>
    private static Migration For(int version, string description, string textType, IReadOnlyList<EventColumn> columns)
    {
        var sql = new StringBuilder();
        foreach (var column in columns)
        {
            sql.AppendLine($"ALTER TABLE events ADD COLUMN {column.Name} {textType};");
            sql.AppendLine($"UPDATE events SET {column.Name} = a.attr_value FROM " +
                $"(SELECT seq, min(attr_value) AS attr_value FROM event_attributes WHERE attr_name = '{column.Attribute}' GROUP BY seq) a " +
                "WHERE a.seq = events.seq;");
            sql.AppendLine($"DELETE FROM event_attributes WHERE attr_name = '{column.Attribute}' AND EXISTS " +
                $"(SELECT 1 FROM events e WHERE e.seq = event_attributes.seq AND e.{column.Name} = event_attributes.attr_value);");
            if (column.Indexed)
            {
                sql.AppendLine($"CREATE INDEX events_by_{column.Name} ON events (partition_key, {column.Name}, event_time, seq) WHERE {column.Name} IS NOT NULL;");
            }
        }
        return new Migration(version, description, sql.ToString());
    }
}
