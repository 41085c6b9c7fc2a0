namespace Rampart.Iam.Common;

/// <summary>IAM's rules for tags on users and roles: keys compare without case (the spelling is kept),
/// the "aws:" prefix belongs to AWS, and an entity holds at most 50 tags.</summary>
public static class IamTags
{
    public const int MaxPerEntity = 50;

    private const string ReservedPrefix = "aws:";

    /// <summary>Checks tags a request wants to set (lengths and characters are the model's, checked by the protocol).</summary>
    public static void CheckRequested(IReadOnlyList<IamTag>? tags)
    {
        if (tags is null)
        {
            return;
        }
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            if (tag.Key.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase))
            {
                throw IamErrors.InvalidInput($"The tag key '{tag.Key}' uses the prefix 'aws:', which is reserved for AWS use.");
            }
            if (!keys.Add(tag.Key))
            {
                throw IamErrors.InvalidInput("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
    }

    /// <summary>The entity's tags after a TagX call: same-key tags replaced, new ones appended, at most 50 in all.</summary>
    public static IReadOnlyList<IamTag> Merge(IReadOnlyList<IamTag> existing, IReadOnlyList<IamTag> added, string entityKind)
    {
        CheckRequested(added);
        var merged = existing.Where(old => !added.Any(tag => Same(tag.Key, old.Key))).Concat(added).ToList();
        if (merged.Count > MaxPerEntity)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for TagsPer{entityKind}: {MaxPerEntity}.");
        }
        return merged;
    }

    public static IReadOnlyList<IamTag> Remove(IReadOnlyList<IamTag> existing, IReadOnlyList<string> keys) =>
        [.. existing.Where(tag => !keys.Any(key => Same(key, tag.Key)))];

    /// <summary>The tags as aws:PrincipalTag / aws:ResourceTag see them.</summary>
    public static IReadOnlyDictionary<string, string> ToDictionary(IReadOnlyList<IamTag> tags) =>
        tags.ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.OrdinalIgnoreCase);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
