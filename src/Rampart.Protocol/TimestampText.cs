using System.Globalization;

namespace Rampart.Protocol;

/// <summary>Conversions between the timestamp forms of the wire (ISO 8601, epoch seconds, RFC 1123) and the
/// ISO 8601 text that decoded trees carry.</summary>
public static class TimestampText
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    /// <summary>ISO 8601 in UTC with a Z, fractional seconds only when present (2024-05-01T12:00:00Z).</summary>
    public static string ToIso8601(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 1123, the form of timestamps in HTTP headers.</summary>
    public static string ToRfc1123(DateTimeOffset value) => value.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    public static double ToEpochSeconds(DateTimeOffset value) =>
        Math.Round((value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond, 3);

    public static bool TryFromEpochSeconds(double seconds, out DateTimeOffset value)
    {
        value = default;
        if (double.IsNaN(seconds) || seconds < -62135596800d || seconds > 253402300799d)
        {
            return false;
        }
        value = DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Reads any of the forms AWS clients send: ISO 8601, RFC 1123 or epoch seconds.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, styles, out value)
            || DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, styles, out value))
        {
            return true;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TryFromEpochSeconds(seconds, out value);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value);
    }
}
