namespace Rampart.Storage.Secrets;

/// <summary>The master key could not be loaded safely; Rampart must not start without it.</summary>
public sealed class MasterKeyException(string message) : Exception(message);
