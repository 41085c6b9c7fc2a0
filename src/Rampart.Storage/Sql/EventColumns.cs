using Rampart.Storage.Events;

namespace Rampart.Storage.Sql;

/// <summary>
/// The event log keeps lookup attributes in columns of the event's own row, indexed beside the time: every
/// single-valued one, and the first value of the resource attributes, which repeat. Only further values are rows of
/// event_attributes. Writing a column costs one index entry where an attribute row cost a row found through a join:
/// about three times less per event. ReadOnly has no index: half of all events match either value, so scanning by
/// time is as fast.
/// </summary>
internal static class EventColumns
{
    /// <summary>The single-valued columns, in the order of <see cref="EventAttribute.SingleValued.All"/> (schema
    /// version 2).</summary>
    public static IReadOnlyList<EventColumn> SingleValued { get; } =
    [
        new(EventAttribute.SingleValued.EventName, "event_name", Indexed: true),
        new(EventAttribute.SingleValued.EventSource, "event_source", Indexed: true),
        new(EventAttribute.SingleValued.Username, "username", Indexed: true),
        new(EventAttribute.SingleValued.AccessKeyId, "access_key_id", Indexed: true),
        new(EventAttribute.SingleValued.ReadOnly, "read_only", Indexed: false),
    ];

    /// <summary>The columns of CloudTrail's resource attributes (schema version 3). Nearly every event names a
    /// single resource, so the rows they used to take were most of an append's cost.</summary>
    public static IReadOnlyList<EventColumn> FirstOfRepeating { get; } =
    [
        new("ResourceType", "resource_type", Indexed: true),
        new("ResourceName", "resource_name", Indexed: true),
    ];

    public static IReadOnlyList<EventColumn> All { get; } = [.. SingleValued, .. FirstOfRepeating];

    /// <summary>The position in <see cref="All"/> of the attribute's column, or -1 when it has none.</summary>
    public static int IndexOf(string attributeName)
    {
        var index = EventAttribute.SingleValued.IndexOf(attributeName);
        if (index >= 0)
        {
            return index;
        }
        for (var repeating = 0; repeating < FirstOfRepeating.Count; repeating++)
        {
            if (FirstOfRepeating[repeating].Attribute == attributeName)
            {
                return SingleValued.Count + repeating;
            }
        }
        return -1;
    }

    public static EventColumn? Of(string attributeName) => IndexOf(attributeName) is var index and >= 0 ? All[index] : null;

    public static bool IsRepeating(EventColumn column) => EventAttribute.SingleValued.IndexOf(column.Attribute) < 0;

    /// <summary>The event's value for each column of <see cref="All"/>, <see cref="DBNull"/> where it has none: for a
    /// repeating attribute, its first value.</summary>
    public static object[] ValuesOf(EventEntry entry)
    {
        var values = new object[All.Count];
        Array.Fill(values, DBNull.Value);
        foreach (var attribute in entry.Attributes)
        {
            var index = IndexOf(attribute.Name);
            if (index >= 0 && values[index] is DBNull)
            {
                values[index] = attribute.Value;
            }
        }
        return values;
    }

    /// <summary>Whether the event's columns, as <see cref="ValuesOf"/> gave them, already hold the attribute.</summary>
    public static bool Hold(object[] values, EventAttribute attribute) =>
        IndexOf(attribute.Name) is var index and >= 0 && values[index] is string value && string.Equals(value, attribute.Value, StringComparison.Ordinal);
}
