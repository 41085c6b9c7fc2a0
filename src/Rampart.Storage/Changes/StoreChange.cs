using Rampart.Storage.Items;

namespace Rampart.Storage.Changes;

/// <summary>
/// A committed change, for cache invalidation. <see cref="Item"/> is the item written or deleted; when it is
/// null, anything may have changed (the store was wiped, or notifications may have been missed while the
/// connection to PostgreSQL was down) and caches should drop everything.
/// </summary>
public sealed record StoreChange(ItemKey? Item)
{
    public static StoreChange Everything { get; } = new((ItemKey?)null);

    public bool IsEverything => Item is null;
}
