namespace Rampart.Storage.Events;

/// <summary>
/// An event to append to the log: its ID (unique within the partition; appending an ID again is a no-op,
/// so a batch can be retried safely), its time (kept to the millisecond), the partition it belongs to
/// (e.g. "123456789012/us-east-1"), the attributes it can be looked up by (a name may repeat, e.g. several
/// ResourceName values) and the JSON document itself, as UTF-8: the log stores it so, and a writer that serializes
/// straight to UTF-8 neither converts it twice nor keeps a copy twice the size while the event waits to be written. The
/// log reads the document only while appending it, so the caller may reuse its memory once the append has returned.
/// </summary>
public sealed record EventEntry(string EventId, DateTimeOffset EventTime, string Partition, IReadOnlyList<EventAttribute> Attributes, ReadOnlyMemory<byte> Utf8Json);
