using System.Globalization;
using System.Text;

namespace Rampart.Storage.Events;

/// <summary>The position after the last event of a page: its time and its sequence number in the log.</summary>
internal readonly record struct EventCursor(long TimeMilliseconds, long Sequence)
{
    private const string FormatVersion = "1";

    public string Encode()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{FormatVersion}:{TimeMilliseconds}:{Sequence}");
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static EventCursor Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(base64)).Split(':');
            if (parts.Length == 3
                && parts[0] == FormatVersion
                && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var time)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return new EventCursor(time, sequence);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidContinuationTokenException();
    }
}
