namespace Rampart.Storage.Events;

/// <summary>A page of events, newest first; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record EventPage(IReadOnlyList<LoggedEvent> Events, string? ContinuationToken);
