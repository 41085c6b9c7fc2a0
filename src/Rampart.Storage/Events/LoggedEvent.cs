namespace Rampart.Storage.Events;

/// <summary>An event read back from the log.</summary>
public sealed record LoggedEvent(string EventId, DateTimeOffset EventTime, string Partition, string Json);
