namespace Rampart.Shield.Api.Common;

/// <summary>AWS's rules for tags on Shield resources.</summary>
public static class ShieldTags
{
    public const int MaxPerResource = 200;

    public static IReadOnlyList<ShieldTag> Validate(IReadOnlyList<ShieldTag>? tags)
    {
        var list = tags ?? [];
        if (list.Any(tag => tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
        {
            throw ShieldErrors.InvalidParameter("Tag keys beginning with aws: are reserved.", "Tags");
        }
        if (list.Select(tag => tag.Key).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw ShieldErrors.InvalidParameter("Duplicate tag keys.", "Tags");
        }
        return list.Count > MaxPerResource ? throw ShieldErrors.LimitsExceeded("TAGS", MaxPerResource) : list;
    }

    public static IReadOnlyList<ShieldTag> Merge(IReadOnlyList<ShieldTag> existing, IReadOnlyList<ShieldTag> added)
    {
        Validate(added);
        return Validate([.. existing.Where(tag => added.All(a => a.Key != tag.Key)).Concat(added)]);
    }

    public static IReadOnlyDictionary<string, string> ToDictionary(IReadOnlyList<ShieldTag>? tags) =>
        (tags ?? []).GroupBy(tag => tag.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);
}
