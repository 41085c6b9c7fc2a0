namespace Rampart.Kms.Common;

/// <summary>AWS's rules for tags on KMS keys.</summary>
public static class KmsTags
{
    public const int MaxPerKey = 50;

    public static void Validate(IReadOnlyList<KmsTag> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.TagKey.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw KmsErrors.Tag("Tags beginning with aws: are reserved.");
            }
        }
        if (tags.Select(tag => tag.TagKey).Distinct(StringComparer.Ordinal).Count() != tags.Count)
        {
            throw KmsErrors.Tag("Duplicate tag keys");
        }
    }

    /// <summary>Applies new tags over existing ones (same key: the new value wins).</summary>
    public static IReadOnlyList<KmsTag> Merge(IReadOnlyList<KmsTag> existing, IReadOnlyList<KmsTag> added)
    {
        var merged = existing.Where(tag => added.All(a => a.TagKey != tag.TagKey)).Concat(added).ToList();
        if (merged.Count > MaxPerKey)
        {
            throw KmsErrors.Tag($"The tag limit of {MaxPerKey} tags per KMS key has been exceeded.");
        }
        return merged;
    }

    public static IReadOnlyDictionary<string, string> ToDictionary(IReadOnlyList<KmsTag>? tags) =>
        (tags ?? []).GroupBy(tag => tag.TagKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().TagValue, StringComparer.Ordinal);
}
