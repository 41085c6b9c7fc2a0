using System.Globalization;

namespace Rampart.Audit;

/// <summary>CloudTrail's timestamp form in records: UTC to the second, e.g. "2024-05-01T12:34:56Z".</summary>
public static class CloudTrailTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
