namespace Rampart.Storage.Events;

/// <summary>
/// Events of one partition, newest first, optionally only those carrying <see cref="Attribute"/>
/// (exact, case-sensitive match) or only the one whose ID is <see cref="EventId"/> (found through the event log's
/// own ID index, so writers need not index the ID as an attribute), with <see cref="StartTime"/> &lt;= time &lt;= <see cref="EndTime"/>
/// (both inclusive, both optional). <see cref="ContinuationToken"/> comes from the previous page.
/// </summary>
public sealed record EventQuery(
    string Partition,
    EventAttribute? Attribute = null,
    DateTimeOffset? StartTime = null,
    DateTimeOffset? EndTime = null,
    int Limit = 50,
    string? ContinuationToken = null,
    string? EventId = null)
{
    public const int MaxLimit = 10_000;
}
