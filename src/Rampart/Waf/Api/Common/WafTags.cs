namespace Rampart.Waf.Api.Common;

/// <summary>AWS's rules for tags on WAFv2 resources.</summary>
public static class WafTags
{
    public const int MaxPerResource = 50;

    public static IReadOnlyList<WafTag> Validate(IReadOnlyList<WafTag>? tags)
    {
        var list = tags ?? [];
        foreach (var tag in list)
        {
            if (tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw WafErrors.InvalidParameter("TAGS", tag.Key, "Tag keys starting with aws: are reserved.");
            }
        }
        if (list.Select(tag => tag.Key).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw WafErrors.InvalidParameter("TAGS", "Tags", WafErrors.Reasons.Duplicate);
        }
        if (list.Count > MaxPerResource)
        {
            throw WafErrors.LimitsExceeded();
        }
        return list;
    }

    /// <summary>New tags over existing ones (same key: the new value wins).</summary>
    public static IReadOnlyList<WafTag> Merge(IReadOnlyList<WafTag> existing, IReadOnlyList<WafTag> added)
    {
        Validate(added);
        var merged = existing.Where(tag => added.All(a => a.Key != tag.Key)).Concat(added).ToList();
        if (merged.Count > MaxPerResource)
        {
            throw WafErrors.LimitsExceeded();
        }
        return merged;
    }

    public static IReadOnlyDictionary<string, string> ToDictionary(IReadOnlyList<WafTag>? tags) =>
        (tags ?? []).GroupBy(tag => tag.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
