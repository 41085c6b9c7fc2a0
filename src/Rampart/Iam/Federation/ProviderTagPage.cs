using System.Globalization;
using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>A page of a provider's tags (at most 50, kept in its record, so the Marker is an offset).</summary>
public sealed record ProviderTagPage(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker)
{
    public static ProviderTagPage Of(IReadOnlyList<IamTag> tags, string? marker, int? maxItems)
    {
        var start = marker is null ? 0
            : int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset <= tags.Count ? offset
            : throw IamErrors.Validation("Invalid Marker.");
        var page = tags.Skip(start).Take(maxItems ?? IamPaging.DefaultMaxItems).ToList();
        var next = start + page.Count;
        return next < tags.Count
            ? new ProviderTagPage(page, true, next.ToString(CultureInfo.InvariantCulture))
            : new ProviderTagPage(page, false, null);
    }
}
