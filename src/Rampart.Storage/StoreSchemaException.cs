namespace Rampart.Storage;

/// <summary>The database's schema cannot be used by this version of Rampart (for example, it is newer).</summary>
public sealed class StoreSchemaException(string message) : Exception(message);
