namespace Rampart.Storage.Items;

/// <summary>One item as read from the store: its JSON document and its current version (1 for a new item).</summary>
public sealed record StoredItem(ItemKey Key, string Json, long Version);
