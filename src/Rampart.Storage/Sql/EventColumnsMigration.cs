using System.Text;
using Rampart.Storage.Events;

namespace Rampart.Storage.Sql;

/// <summary>Schema version 2 of both dialects: the single-valued lookup attributes move from event_attributes rows
/// into <see cref="EventColumns"/>, indexed beside the time (all but ReadOnly, see there).</summary>
internal static class EventColumnsMigration
{
    public const int Version = 2;
    public const string Description = "lookup attributes as columns of the event";

    /// <param name="textType">The dialect's column type for text that orders by code point.</param>
    public static Migration For(string textType)
    {
        var sql = new StringBuilder();
        foreach (var column in EventColumns.Names)
        {
            sql.AppendLine($"ALTER TABLE events ADD COLUMN {column} {textType};");
        }
        for (var index = 0; index < EventColumns.Names.Count; index++)
        {
            sql.AppendLine($"UPDATE events SET {EventColumns.Names[index]} = a.attr_value FROM event_attributes a " +
                $"WHERE a.partition_key = events.partition_key AND a.seq = events.seq AND a.attr_name = '{EventAttribute.SingleValued.All[index]}';");
        }
        sql.AppendLine($"DELETE FROM event_attributes WHERE attr_name IN ({string.Join(", ", EventAttribute.SingleValued.All.Select(name => $"'{name}'"))});");
        foreach (var column in EventColumns.Names.Where(column => column != EventColumns.ColumnOf(EventAttribute.SingleValued.ReadOnly)))
        {
            sql.AppendLine($"CREATE INDEX events_by_{column} ON events (partition_key, {column}, event_time, seq) WHERE {column} IS NOT NULL;");
        }
        return new Migration(Version, Description, sql.ToString());
    }
}
