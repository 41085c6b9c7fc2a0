using System.Globalization;

namespace Rampart.Policy;

/// <summary>Date condition values: ISO 8601 (a date, or a date and time with an optional offset; UTC when none) or
/// epoch seconds.</summary>
internal static class DateValue
{
    public static bool TryParse(ReadOnlySpan<char> text, out long utcTicks)
    {
        utcTicks = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            // The range of instants .NET represents: years 0001 to 9999.
            if (seconds < -62_135_596_800 || seconds > 253_402_300_799)
            {
                return false;
            }
            utcTicks = DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond;
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utcTicks = parsed.UtcTicks;
            return true;
        }
        return false;
    }
}
