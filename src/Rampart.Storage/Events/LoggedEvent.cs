namespace Rampart.Storage.Events;

/// <summary>An event read back from the log.</summary>
/// <param name="EventId">The ID it was appended under.</param>
/// <param name="EventTime">Its time, to the millisecond it was appended with.</param>
/// <param name="Partition">The partition it was appended to.</param>
/// <param name="Json">Its document.</param>
/// <param name="Attributes">Its single-valued attributes (<see cref="EventAttribute.SingleValued"/>) as it was appended
/// with them; attributes that repeat are not returned.</param>
public sealed record LoggedEvent(string EventId, DateTimeOffset EventTime, string Partition, string Json, IReadOnlyList<EventAttribute> Attributes);
