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
        if (TryParseCommonForm(text, out utcTicks))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utcTicks = parsed.UtcTicks;
            return true;
        }
        return false;
    }

    /// <summary>The forms requests carry (aws:CurrentTime, aws:TokenIssueTime): "YYYY-MM-DD" or
    /// "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)". The general parser handles the rest, at several times the cost.</summary>
    private static bool TryParseCommonForm(ReadOnlySpan<char> text, out long utcTicks)
    {
        utcTicks = 0;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        var ticks = new DateTime(year, month, day).Ticks;
        if (text.Length == 10)
        {
            utcTicks = ticks;
            return true;
        }
        if (text.Length < 19 || text[10] is not ('T' or 't') || text[13] != ':' || text[16] != ':'
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        ticks += hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond;
        var rest = text[19..];
        if (!rest.IsEmpty && rest[0] == '.')
        {
            var digits = 1;
            var fraction = 0L;
            var scale = TimeSpan.TicksPerSecond;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                scale /= 10;
                fraction += (rest[digits] - '0') * scale;
                digits++;
            }
            if (digits == 1)
            {
                return false;
            }
            ticks += fraction;
            rest = rest[digits..];
        }
        if (rest.IsEmpty || rest is "Z" or "z")
        {
            utcTicks = ticks;
            return true;
        }
        if (rest.Length != 6 || rest[0] is not ('+' or '-') || rest[3] != ':'
            || !TryDigits(rest.Slice(1, 2), out var offsetHours) || !TryDigits(rest.Slice(4, 2), out var offsetMinutes)
            || offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }
        var offset = offsetHours * TimeSpan.TicksPerHour + offsetMinutes * TimeSpan.TicksPerMinute;
        utcTicks = rest[0] == '+' ? ticks - offset : ticks + offset;
        return utcTicks >= 0 && utcTicks <= DateTime.MaxValue.Ticks;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
