using System.Globalization;
using Rampart.Iam.Common;

namespace Rampart.Iam.UserCredentials;

/// <summary>Marker/MaxItems paging over a list that is small by quota (a user's few certificates or keys, an
/// entity's at most 50 tags): the whole list is read and the Marker is an offset into it.</summary>
public static class SmallPage
{
    public static IamPage<T> Of<T>(IReadOnlyList<T> all, string? marker, int? maxItems)
    {
        var start = marker is null ? 0
            : int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset
            : throw IamErrors.Validation("Invalid Marker.");
        var items = all.Skip(start).Take(maxItems ?? IamPaging.DefaultMaxItems).ToList();
        var next = start + items.Count;
        return next < all.Count ? new IamPage<T>(items, true, next.ToString(CultureInfo.InvariantCulture)) : new IamPage<T>(items, false, null);
    }
}
