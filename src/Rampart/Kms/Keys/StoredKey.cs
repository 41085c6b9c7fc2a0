namespace Rampart.Kms.Keys;

/// <summary>A key as read, with the store version to write it back under.</summary>
public sealed record StoredKey(KeyRecord Key, long Version);
