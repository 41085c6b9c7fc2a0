using Rampart.Storage.Events;

namespace Rampart.Storage.Sql;

/// <summary>
/// The statement answering an <see cref="EventQuery"/>: rows of (seq, event_id, event_time, document, then the
/// single-valued columns in the order of <see cref="EventColumns.SingleValued"/>), newest first,
/// one more than the page holds. An attribute with a column (<see cref="EventColumns"/>) is looked up through that
/// column's index; one that repeats is also looked up in event_attributes, where its further values are. The two never
/// both hold the same value of an event, so their union needs no deduplication.
/// </summary>
internal static class EventQuerySql
{
    /// <summary>Where the single-valued columns start in each row.</summary>
    public const int FirstSingleValuedColumn = 4;

    private static readonly string Selected =
        $"e.seq, e.event_id, e.event_time, e.document, {string.Join(", ", EventColumns.SingleValued.Select(column => $"e.{column.Name}"))}";

    public static (string Sql, (string Name, object Value)[] Parameters) For(EventQuery query, EventCursor? cursor)
    {
        var start = query.StartTime?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var end = query.EndTime?.ToUnixTimeMilliseconds() ?? long.MaxValue;
        var parameters = new List<(string, object)> { ("@p", query.Partition), ("@start", start), ("@limit", query.Limit + 1) };
        if (cursor is { } position)
        {
            end = Math.Min(end, position.TimeMilliseconds);
            parameters.Add(("@ct", position.TimeMilliseconds));
            parameters.Add(("@cs", position.Sequence));
        }
        parameters.Add(("@end", end));

        string sql;
        if (query.Attribute is { } attribute)
        {
            parameters.Add(("@v", attribute.Value));
            var column = EventColumns.Of(attribute.Name);
            var inColumn = column is null ? null : Ranged($"SELECT {Selected} FROM events e WHERE e.partition_key = @p AND e.{column.Name} = @v", "e", cursor);
            var inRows = column is not null && !EventColumns.IsRepeating(column) ? null : Ranged(
                $"SELECT {Selected} FROM event_attributes a JOIN events e ON e.seq = a.seq WHERE a.partition_key = @p AND a.attr_name = @n AND a.attr_value = @v",
                "a",
                cursor);
            if (inRows is not null)
            {
                parameters.Add(("@n", attribute.Name));
            }
            sql = (inColumn, inRows) switch
            {
                ({ } columns, { } rows) => $"SELECT * FROM ({columns}) c UNION ALL SELECT * FROM ({rows}) r ORDER BY event_time DESC, seq DESC {SqlCommands.LimitClause}",
                ({ } columns, null) => columns,
                _ => inRows!,
            };
        }
        else if (query.EventId is { } eventId)
        {
            parameters.Add(("@id", eventId));
            sql = Ranged($"SELECT {Selected} FROM events e WHERE e.partition_key = @p AND e.event_id = @id", "e", cursor);
        }
        else
        {
            sql = Ranged($"SELECT {Selected} FROM events e WHERE e.partition_key = @p", "e", cursor);
        }

        return (sql, [.. parameters]);
    }

    /// <summary>The selection within the time range, after the cursor, newest first and limited; the time and
    /// sequence come from <paramref name="source"/>, whose index carries them for ordering and paging.</summary>
    private static string Ranged(string selection, string source, EventCursor? cursor)
    {
        var sql = $"{selection} AND {source}.event_time >= @start AND {source}.event_time <= @end";
        if (cursor is not null)
        {
            sql += $" AND ({source}.event_time < @ct OR ({source}.event_time = @ct AND {source}.seq < @cs))";
        }
        return sql + $" ORDER BY {source}.event_time DESC, {source}.seq DESC {SqlCommands.LimitClause}";
    }
}
