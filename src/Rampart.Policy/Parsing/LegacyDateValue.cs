using System.Globalization;
using System.Text.RegularExpressions;

namespace Rampart.Policy.Parsing;

/// <summary>The check IAM's legacy parser makes on Date operator values: an ISO 8601 date or date-time
/// (a calendar date, optionally with a time and a zone), or a non-negative epoch-seconds integer.</summary>
internal static partial class LegacyDateValue
{
    [GeneratedRegex(@"^(?<year>-?\d{1,9})(-(?<month>\d{1,2})(-(?<day>\d{1,2}))?)?([Tt](?<hour>\d{1,2})?(:(?<minute>\d{1,2})(:(?<second>\d{1,2})(\.\d{1,9})?)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601();

    public static bool IsValid(string value)
    {
        if (value.Length > 0 && value.All(char.IsAsciiDigit))
        {
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        }

        var match = Iso8601().Match(value);
        return match.Success
            && InRange(match, "month", 1, 12)
            && InRange(match, "day", 1, 31)
            && InRange(match, "hour", 0, 23)
            && InRange(match, "minute", 0, 59)
            && InRange(match, "second", 0, 59);
    }

    private static bool InRange(Match match, string group, int min, int max)
    {
        var text = match.Groups[group];
        return !text.Success || (int.Parse(text.Value, CultureInfo.InvariantCulture) is var number && number >= min && number <= max);
    }
}
