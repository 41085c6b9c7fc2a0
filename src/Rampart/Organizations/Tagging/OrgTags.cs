using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tagging;

/// <summary>Tags of Organizations resources: at most 50 per resource, keys unique (case-sensitive) in a request.</summary>
public static class OrgTags
{
    public const int MaxPerResource = 50;

    public static ItemKey KeyOf(string organizationId, string resourceId) => new(OrgCollections.Tags, organizationId, resourceId);

    public static IReadOnlyDictionary<string, string> ToDictionary(IReadOnlyList<OrgTag>? tags) =>
        (tags ?? []).GroupBy(tag => tag.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Last().Value, StringComparer.Ordinal);

    /// <summary>Refuses a request that names a key twice or carries more tags than a resource may hold.</summary>
    public static void CheckRequested(IReadOnlyList<OrgTag>? tags)
    {
        if (tags is null)
        {
            return;
        }
        if (tags.Select(tag => tag.Key).Distinct(StringComparer.Ordinal).Count() != tags.Count)
        {
            throw OrgErrors.InvalidInput("DUPLICATE_TAG_KEY", "Duplicate tag keys are not allowed.");
        }
        if (tags.Any(tag => tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
        {
            throw OrgErrors.InvalidInput("INVALID_SYSTEM_TAGS_PARAMETER", "Tag keys beginning with aws: are reserved for AWS use.");
        }
        CheckCount(tags.Count);
    }

    public static void CheckCount(int count)
    {
        if (count > MaxPerResource)
        {
            throw OrgErrors.Constraint("MAX_TAG_LIMIT_EXCEEDED", $"You have exceeded the limit of {MaxPerResource} tags for this resource.");
        }
    }

    /// <summary>The write that gives a new resource its tags, or nothing when there are none.</summary>
    public static IEnumerable<StoreWrite> Create(string organizationId, string resourceId, IReadOnlyList<OrgTag>? tags) =>
        tags is { Count: > 0 }
            ? [new StoreWrite.Put(KeyOf(organizationId, resourceId), OrgJson.Write(new TagSetRecord(tags)))]
            : [];

    public static async ValueTask<Stored> ReadAsync(IStore store, string organizationId, string resourceId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(organizationId, resourceId), cancellationToken) is { } item
            ? new Stored(OrgJson.Read<TagSetRecord>(item.Json).Tags, item.Version)
            : new Stored([], StoreWrite.Absent);

    /// <summary>A resource's tags and the version of their item (<see cref="StoreWrite.Absent"/> when it has none).</summary>
    public sealed record Stored(IReadOnlyList<OrgTag> Tags, long Version);
}
