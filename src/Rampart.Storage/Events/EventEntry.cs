namespace Rampart.Storage.Events;

/// <summary>
/// An event to append to the log: its ID (unique within the partition; appending an ID again is a no-op,
/// so a batch can be retried safely), its time (kept to the millisecond), the partition it belongs to
/// (e.g. "123456789012/us-east-1"), the attributes it can be looked up by (a name may repeat, e.g. several
/// ResourceName values) and the JSON document itself, as UTF-8: the log stores it so, and a writer that serializes
/// straight to UTF-8 neither converts it twice nor keeps a copy twice the size while the event waits to be written.
/// </summary>
public sealed record EventEntry(string EventId, DateTimeOffset EventTime, string Partition, IReadOnlyList<EventAttribute> Attributes, byte[] Utf8Json);
