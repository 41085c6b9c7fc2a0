namespace Rampart.Storage.Items;

/// <summary>
/// One write of an atomic transaction (<see cref="IStore.CommitAsync"/>).
/// An expected version of <c>null</c> means "whatever is there", <see cref="Absent"/> (0) means
/// "the item must not exist", and any other number means "the item must exist at exactly this version".
/// </summary>
public abstract record StoreWrite(ItemKey Key)
{
    /// <summary>The expected version that requires the item to be absent.</summary>
    public const long Absent = 0;

    /// <summary>Creates or replaces an item; its version becomes 1 when created, or the previous version + 1.</summary>
    public sealed record Put(ItemKey Key, string Json, long? ExpectedVersion = null) : StoreWrite(Key);

    /// <summary>Removes an item; deleting an absent item with no expected version is a no-op.</summary>
    public sealed record Delete(ItemKey Key, long? ExpectedVersion = null) : StoreWrite(Key);

    /// <summary>
    /// Writes nothing but requires the item to be at <paramref name="ExpectedVersion"/> (at least 1) when the
    /// transaction commits; the item cannot change before the commit (PostgreSQL holds a share lock on it).
    /// </summary>
    public sealed record Check(ItemKey Key, long ExpectedVersion) : StoreWrite(Key);
}
