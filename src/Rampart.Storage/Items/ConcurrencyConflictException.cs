namespace Rampart.Storage.Items;

/// <summary>
/// A write's expected version did not match the stored item; the whole transaction was rolled back.
/// <see cref="ActualVersion"/> is 0 when the item does not exist, which lets callers tell
/// "already exists" (expected <see cref="StoreWrite.Absent"/>) from "no such entity".
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(ItemKey key, long expectedVersion, long actualVersion)
        : base($"Item {key} was expected at version {expectedVersion} but is at version {actualVersion}.")
    {
        Key = key;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public ItemKey Key { get; }

    public long ExpectedVersion { get; }

    public long ActualVersion { get; }
}
