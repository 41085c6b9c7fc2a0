namespace Rampart.Storage.Items;

/// <summary>
/// A page of items. <see cref="NextStartAfter"/> is the key to pass as <see cref="ListQuery.StartAfter"/>
/// for the next page, or null when the listing is complete.
/// </summary>
public sealed record ItemPage(IReadOnlyList<StoredItem> Items, string? NextStartAfter)
{
    public bool IsTruncated => NextStartAfter is not null;
}
