using System.Text;

namespace Rampart.Waf.Api.Common;

/// <summary>Paging markers: the store key to continue after, opaque to callers.</summary>
public static class WafMarker
{
    public const int DefaultLimit = 100;

    public static string? Write(string? startAfter) =>
        startAfter is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(startAfter));

    public static string? Read(string? marker)
    {
        if (marker is null)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(marker));
        }
        catch (FormatException)
        {
            throw WafErrors.InvalidParameter("NEXT_MARKER", marker, WafErrors.Reasons.InvalidFormat);
        }
    }
}
