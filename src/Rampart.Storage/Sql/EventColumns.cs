using Rampart.Storage.Events;

namespace Rampart.Storage.Sql;

/// <summary>
/// The event log keeps the single-valued lookup attributes in columns of the event's own row, indexed beside the
/// time, and only the others (such as resources, which repeat) as rows of event_attributes. Writing a column costs
/// one index entry where an attribute row cost a row found through a join: about three times less per event.
/// ReadOnly has no index: half of all events match either value, so scanning by time is as fast.
/// </summary>
internal static class EventColumns
{
    /// <summary>The columns in the order of <see cref="EventAttribute.SingleValued.All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["event_name", "event_source", "username", "access_key_id", "read_only"];

    public static string? ColumnOf(string attributeName) =>
        EventAttribute.SingleValued.IndexOf(attributeName) is var index and >= 0 ? Names[index] : null;

    /// <summary>The event's value for each column of <see cref="Names"/>, <see cref="DBNull"/> where it has none.</summary>
    public static object[] ValuesOf(EventEntry entry)
    {
        var values = new object[Names.Count];
        Array.Fill(values, DBNull.Value);
        foreach (var attribute in entry.Attributes)
        {
            var index = EventAttribute.SingleValued.IndexOf(attribute.Name);
            if (index >= 0)
            {
                values[index] = attribute.Value;
            }
        }
        return values;
    }
}
