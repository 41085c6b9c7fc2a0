using System.Globalization;

namespace Rampart.Signing;

/// <summary>The ISO 8601 basic format SigV4 uses for times (<c>20240101T000000Z</c>) and the HTTP Date fallback.</summary>
internal static class AmzDate
{
    public const int Length = 16;

    public static bool TryParseBasic(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length != Length || text[8] != 'T' || text[15] != 'Z'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[4..6], out var month) || !TryDigits(text[6..8], out var day)
            || !TryDigits(text[9..11], out var hour) || !TryDigits(text[11..13], out var minute) || !TryDigits(text[13..15], out var second))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        time = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static readonly string[] HttpDateFormats = ["ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz"];

    /// <summary>An HTTP Date header: RFC 1123 (<c>Mon, 01 Jan 2024 00:00:00 GMT</c>) or the RFC 2822 numeric-offset
    /// form botocore writes (<c>Mon, 01 Jan 2024 00:00:00 -0000</c>).</summary>
    public static bool TryParseHttpDate(string text, out DateTimeOffset time)
    {
        var trimmed = text.Trim();
        // .NET reads offsets as "+01:00"; RFC 2822 writes them as "+0100".
        if (trimmed.Length > 5 && trimmed[^5] is '+' or '-' && trimmed[^6] == ' ')
        {
            trimmed = string.Concat(trimmed.AsSpan(0, trimmed.Length - 2), ":", trimmed.AsSpan(trimmed.Length - 2));
        }
        return DateTimeOffset.TryParseExact(trimmed, HttpDateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    public static string FormatBasic(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
