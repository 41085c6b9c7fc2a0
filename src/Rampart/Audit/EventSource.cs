using Rampart.Caching;

namespace Rampart.Audit;

/// <summary>A record's eventSource: the service's endpoint prefix under "amazonaws.com", e.g. "iam.amazonaws.com".</summary>
public static class EventSource
{
    private const string Suffix = ".amazonaws.com";

    /// <summary>The event source is also an indexed attribute of the queued event: one string per service.</summary>
    private static readonly BoundedMemo<string, string> Sources = new(endpointPrefix => endpointPrefix + Suffix);

    public static string Of(string endpointPrefix) => Sources[endpointPrefix];

    /// <summary>The endpoint prefix an event source names ("iam" for "iam.amazonaws.com"); any other source as it is.</summary>
    public static string Service(string eventSource) =>
        eventSource.EndsWith(Suffix, StringComparison.Ordinal) ? eventSource[..^Suffix.Length] : eventSource;
}
